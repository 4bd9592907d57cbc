import DutyCore
import DutyIO
import DutyStore
import Foundation
import Hummingbird
import MultipartKit

/// The head of office's care of the store: importing a dataset's files from the browser, and
/// the users who may log in — so that the month needs no command line after the first admin.
extension OfficePages {
    /// A dataset's files are larger than a record: a year of records of a large school fits.
    static let uploadLimit = 64 << 20

    var importPage: Page {
        { visit in visit.page(visit.words.pages.importTitle, importForm(visit.words, result: "")) }
    }

    /// `POST /import` (multipart): the chosen files with the store's others, checked together and
    /// imported as `duty import` does. A file not chosen stays as the store has it, so one
    /// changed file (a new month's demand, this week's records) is enough.
    var importDataset: Page {
        { visit in
            let words = visit.words, page = words.pages
            let files: [String: Data]
            do {
                files = try await Self.uploadedFiles(visit)
            } catch {
                return visit.page(page.importTitle, importForm(words, result: Self.problem(error, words)), status: .unprocessableContent)
            }
            do throws(InputError) {
                let stored = try store.datasetFiles()
                var contents: [String: Data] = [:]
                for name in DatasetCheck.csvFiles + DatasetCheck.yamlFiles { contents[name] = files[name] ?? stored.data(of: name) }
                let (warnings, added) = try store.importDataset(.contents(contents, location: ""))
                var result = "<div role=\"status\"><p class=\"ok\">✓ \(page.imported)</p><ul>"
                    + files.keys.sorted().map { name in
                        let rows = added[name].map { OfficeStore.masterFiles.contains(name) ? page.rowsReplaced($0) : page.rowsAdded($0) } ?? ""
                        return "<li>\(TextFormat.escaped(name))：\(TextFormat.escaped(rows))</li>"
                    }.joined() + "</ul></div>"
                if !warnings.isEmpty {
                    result += "<h2>\(page.warnings)</h2><ul>" + warnings.map { "<li>\(TextFormat.escaped($0.text(words.language)))</li>" }.joined() + "</ul>"
                }
                return visit.page(page.importTitle, importForm(words, result: result))
            } catch {
                let issues = error.issues.prefix(50).map { "<li>\(TextFormat.escaped($0.text(words.language)))</li>" }.joined()
                return visit.page(page.importTitle, importForm(words, result: "<div role=\"alert\"><p class=\"error\">✗ \(page.importRefused)</p><ul>\(issues)</ul></div>"),
                                  status: .unprocessableContent)
            }
        }
    }

    private func importForm(_ words: Phrases, result: String) -> String {
        let page = words.pages
        return """
        <h1>\(page.importTitle)</h1>\(result)<p>\(page.importHelp)</p>
        <form method="post" action="/import" enctype="multipart/form-data">
        <label for="files">\(page.importFiles)</label><input id="files" name="files" type="file" multiple accept=".csv,.yaml,.yml" required>
        <button class="primary" type="submit">\(page.importButton)</button></form>
        """
    }

    /// The files of a multipart form by their names (without any folder), each a dataset file.
    /// - Throws: ``InputError`` naming a file that is not one, or when none was chosen.
    private static func uploadedFiles(_ visit: Visit) async throws -> [String: Data] {
        let type = visit.request.headers[.contentType] ?? ""
        guard let boundary = type.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
            .first(where: { $0.hasPrefix("boundary=") })?.dropFirst("boundary=".count) else {
            throw InputError([InputIssue(file: "files", line: 0, message: .noFiles)])
        }
        let body = try await visit.request.body.collect(upTo: uploadLimit)
        var files: [String: Data] = [:]
        var name: String?, contents = Data()
        let parser = MultipartParser(boundary: String(boundary).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
        parser.onHeader = { field, value in
            guard field.lowercased() == "content-disposition" else { return }
            name = value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix("filename=") }
                .map { String($0.dropFirst("filename=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
        parser.onBody = { chunk in contents.append(contentsOf: chunk.readableBytesView) }
        parser.onPartComplete = {
            if let name, !name.isEmpty { files[(name as NSString).lastPathComponent] = contents }
            name = nil
            contents = Data()
        }
        try parser.execute(body)
        guard !files.isEmpty else { throw InputError([InputIssue(file: "files", line: 0, message: .noFiles)]) }
        let known = DatasetCheck.csvFiles + DatasetCheck.yamlFiles
        if let unknown = files.keys.sorted().first(where: { !known.contains($0) }) {
            throw InputError([InputIssue(file: unknown, line: 0, message: .notDatasetFile(unknown, known: known))])
        }
        return files
    }

    /// `/users`: who may log in, and a form to add one or change one's role, staff or password.
    var usersPage: Page {
        { visit in try usersList(visit, values: [:], message: Self.note(visit), status: .ok) }
    }

    var addUser: Page {
        { visit in
            let form = try await Self.form(visit.request, context: visit.context)
            let name = (form["name"] ?? "").trimmingCharacters(in: .whitespaces)
            let role = OfficeUser.Role(rawValue: form["role"] ?? "") ?? .staff
            let staff = form["staff"].flatMap { $0.isEmpty ? nil : Staff.ID($0) }
            do {
                try store.addUser(name: name, role: role, staff: role == .staff ? staff : nil, password: form["password"] ?? "")
                return Self.redirect("/users", note: visit.words.pages.userSaved(name))
            } catch {
                return try usersList(visit, values: form.filter { $0.key != "password" }, message: Self.problem(error, visit.words), status: .unprocessableContent)
            }
        }
    }

    private func usersList(_ visit: Visit, values: [String: String], message: String, status: HTTPResponse.Status) throws -> Response {
        let words = visit.words, page = words.pages
        let input = try AppraisalReader.read(store.datasetFiles())
        let names = Dictionary(input.staff.map { ($0.id, $0.name) }) { first, _ in first }
        let rows = try store.users().map { user in
            "<tr><th scope=\"row\">\(TextFormat.escaped(user.name))</th><td>\(TextFormat.escaped(page.roleName(user.role.rawValue)))</td>"
                + "<td>\(user.staff.map { TextFormat.escaped("\(names[$0] ?? "")（\($0)）") } ?? "")</td></tr>"
        }.joined()
        let roles = OfficeUser.Role.allCases.map { Self.option($0.rawValue, values["role"] ?? "staff", page.roleName($0.rawValue)) }.joined()
        let staff = input.staff.sorted { $0.id < $1.id }.map { Self.option($0.id.rawValue, values["staff"], "\($0.name)（\($0.id)）") }.joined()
        let body = """
        <h1>\(page.usersTitle)</h1>\(message)
        <table class="duties"><thead><tr><th scope="col">\(words.userName)</th><th scope="col">\(page.role)</th><th scope="col">\(words.staffMember)</th></tr></thead><tbody>\(rows)</tbody></table>
        <section aria-labelledby="new-user"><h2 id="new-user">\(page.newUser)</h2><p>\(page.usersHelp)</p>
        <form method="post" action="/users">
        <label for="name">\(words.userName)</label><input id="name" name="name" value="\(TextFormat.escaped(values["name"] ?? ""))" autocomplete="off" required>
        <label for="role">\(page.role)</label><select id="role" name="role">\(roles)</select>
        <label for="staff">\(words.staffMember)</label><select id="staff" name="staff"><option value="">—</option>\(staff)</select>
        <label for="password">\(words.password)</label><input id="password" name="password" type="password" autocomplete="new-password" minlength="8" required>
        <button class="primary" type="submit">\(words.save)</button></form></section>
        """
        return visit.page(page.usersTitle, body, status: status)
    }
}
