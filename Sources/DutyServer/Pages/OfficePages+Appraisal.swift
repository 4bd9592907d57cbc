import DutyCore
import DutyIO
import DutyStore
import DutyWorkflow
import Foundation
import Hummingbird

/// The appraisal (考核) of a month or a term, as appraisal.html shows it, each person's trail
/// of records under their line. Staff see their own line only.
extension OfficePages {
    /// `/appraisal/{YYYY-MM}`: the month's appraisal from its latest published roster.
    var appraisalPage: Page {
        { visit in
            let month = try visit.month()
            guard let published = try store.publishedRoster(of: month) else {
                return visit.page(visit.words.pages.appraisalMonth, "<h1>\(visit.words.pages.appraisalMonth)</h1>"
                    + "<p>\(TextFormat.escaped(visit.words.pages.noAppraisalYet(visit.words.month(month))))</p>" + periodForm(visit, month: month))
            }
            let input = try AppraisalReader.read(store.datasetFiles())
            return appraisalDocument(AppraisalWorkflow.month(input, month: month, roster: published.assignments), visit, month: month)
        }
    }

    /// `/appraisal[?from=YYYY-MM&to=YYYY-MM]`: the term's appraisal, every month from its latest
    /// published roster; without a term, the latest published month's.
    var termAppraisalPage: Page {
        { visit in
            let words = visit.words, page = words.pages
            guard let from = visit.query("from").flatMap({ Month($0) }), let to = visit.query("to").flatMap({ Month($0) }), from <= to else {
                let latest = try store.publishedMonths().last
                if let latest { return PageLayout.redirect(to: "/appraisal/\(latest)") }
                return visit.page(page.appraisalMonth, "<h1>\(page.appraisalMonth)</h1><p>\(words.noRosterYet(Month(year: 2025, month: 1)!))</p>")
            }
            for month in from.through(to) where try store.publishedRoster(of: month) == nil {
                return visit.page(page.appraisalTerm, "<h1>\(page.appraisalTerm)</h1><p>\(TextFormat.escaped(page.noAppraisalYet(words.month(month))))</p>"
                    + periodForm(visit, month: to))
            }
            let input = try AppraisalReader.read(store.datasetFiles())
            let appraisal = try AppraisalWorkflow.term(input, from: from, to: to) { month in try store.publishedRoster(of: month)?.assignments ?? [] }
            return appraisalDocument(appraisal, visit, month: to)
        }
    }

    /// appraisal.html with the app's header and the period form; a staff member's own line only.
    private func appraisalDocument(_ appraisal: Appraisal, _ visit: Visit, month: Month) -> Response {
        let shown = visit.user.role == .staff
            ? Appraisal(period: appraisal.period, rubric: appraisal.rubric, people: appraisal.people.filter { $0.staff.id == visit.user.staff })
            : appraisal
        return PageLayout.framed(AppraisalDocument(appraisal: shown).html(visit.words), visit.words, user: visit.user, path: visit.path,
                                 top: "<div class=\"no-print controls\">\(periodForm(visit, month: month))</div>")
    }

    /// Pick a month, or a term from one month to another.
    private func periodForm(_ visit: Visit, month: Month) -> String {
        let page = visit.words.pages
        let first = Month(year: month.month >= 9 ? month.year : month.year - 1, month: 9)!
        return """
        <form method="get" action="/appraisal" class="period"><fieldset><legend>\(page.appraisalTerm)</legend>
        <label for="term-from">\(page.termFrom)</label><input id="term-from" name="from" type="month" value="\(first)" required>
        <label for="term-to">\(page.termTo)</label><input id="term-to" name="to" type="month" value="\(month)" required>
        <button class="small" type="submit">\(page.show)</button></fieldset></form>
        """
    }
}
