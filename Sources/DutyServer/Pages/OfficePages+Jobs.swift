import DutyCore
import DutyIO
import DutyStore
import Foundation
import Hummingbird

extension OfficePages {
    /// `POST /months/{m}/solve`: starts the month's solve and shows its progress.
    var solve: Page {
        { visit in
            let month = try visit.month()
            let form = try await Self.form(visit.request, context: visit.context)
            var limit: [String] = []
            if let text = form["time_limit"], !text.isEmpty {
                guard let seconds = Double(text), Rules.timeLimits.contains(seconds) else {
                    return Self.redirect("/months/\(month)", note: "time_limit: " + InputMessage.notNumber(text, minimum: Rules.timeLimits.lowerBound,
                                                                                                            maximum: Rules.timeLimits.upperBound).text(visit.words.language))
                }
                limit = ["--time-limit", String(seconds)]
            }
            do {
                return PageLayout.redirect(to: "/jobs/\(try await api.startSolve(of: month, limit: limit))")
            } catch let error as APIError {
                return Self.redirect("/months/\(month)", note: error.message)
            }
        }
    }

    /// `POST /months/{m}/publish`: the draft becomes the next published version.
    var publish: Page {
        { visit in
            let month = try visit.month()
            do {
                let version = try await api.publishDraft(of: month)
                return Self.redirect("/months/\(month)", note: visit.words.pages.publishedSaved(version))
            } catch let error as APIError {
                return Self.redirect("/months/\(month)", note: error.message)
            }
        }
    }

    /// `POST /months/{m}/sick`: someone cannot come. Their leave is recorded, then the month is
    /// repaired from the leave's first day (within the month) against the latest published version.
    var sick: Page {
        { visit in
            let month = try visit.month()
            let form = try await Self.form(visit.request, context: visit.context)
            let fields = form.filter { ["staff", "from", "to", "reason"].contains($0.key) }
            do {
                try store.addRecord(to: "leave.csv", fields: fields)
            } catch {
                return Self.redirect("/months/\(month)", note: Self.problemText(error, visit.words))
            }
            guard let from = fields["from"].flatMap({ LocalDate(iso: $0) }) else { return PageLayout.redirect(to: "/months/\(month)") }
            do {
                let start = max(from, month.firstDay)
                guard month.contains(start) else {
                    return Self.redirect("/months/\(month)", note: InputMessage.dateNotInMonth(from, month).text(visit.words.language))
                }
                return PageLayout.redirect(to: "/jobs/\(try await api.startReplan(of: month, from: start, limit: []))")
            } catch let error as APIError {
                return Self.redirect("/months/\(month)", note: error.message)
            }
        }
    }

    /// `/jobs/{id}`: a solve or repair while it runs, refreshed every second (no script needed);
    /// once done, the month's page with its new draft.
    var jobPage: Page {
        { visit in
            let words = visit.words, page = words.pages
            let id = try visit.context.parameters.require("id")
            guard let status = await api.jobs.status(id) else { throw HTTPError(.notFound) }
            let title = page.jobTitle(status.kind, words.month(status.month))
            switch status.state {
            case .done:
                return Self.redirect("/months/\(status.month)", note: page.jobDone)
            case .queued, .running:
                let body = """
                <h1>\(TextFormat.escaped(title))</h1>
                <p role="status" aria-live="polite"><b>\(TextFormat.escaped(page.jobState(status.state.rawValue)))</b> · \(TextFormat.escaped(page.jobFigures(status.seconds, status.objective, status.gap)))</p>
                <progress aria-label="\(TextFormat.escaped(page.jobState(status.state.rawValue)))"></progress>
                <form method="post" action="/jobs/\(TextFormat.escaped(id))/cancel"><button class="small" type="submit">\(page.cancel)</button></form>
                """
                return PageLayout.page(words, title: title, user: visit.user, path: visit.path, body: body, refreshSeconds: 1)
            case .failed, .cancelled:
                let reason = status.error.map { "<pre>\(TextFormat.escaped($0))</pre>" } ?? ""
                let body = "<h1>\(TextFormat.escaped(title))</h1><p class=\"error\" role=\"alert\">\(TextFormat.escaped(page.jobState(status.state.rawValue)))"
                    + (status.state == .failed ? " · \(page.jobFailed)" : "") + "</p>\(reason)<p><a href=\"/months/\(status.month)\">\(page.backToMonth)</a></p>"
                return visit.page(title, body)
            }
        }
    }

    /// `POST /jobs/{id}/cancel`.
    var cancelJob: Page {
        { visit in
            let id = try visit.context.parameters.require("id")
            guard let status = await api.jobs.cancel(id) else { throw HTTPError(.notFound) }
            return PageLayout.redirect(to: "/months/\(status.month)")
        }
    }
}
