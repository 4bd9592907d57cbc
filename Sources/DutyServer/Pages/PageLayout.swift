import DutyCore
import DutyIO
import DutyStore
import HTTPTypes
import Hummingbird
import NIOCore

/// The frame of every page: the header with the app's name, the navigation, the language
/// switch and the logout button; self-contained (no script, font or stylesheet from
/// elsewhere: the office network may have no internet), usable on a 390-px phone.
enum PageLayout {
    /// The header's own rules, for pages that bring their own body style (the month's roster.html).
    static let headerStyle = """
    header.app{padding:.6em 1em;background:#1f4e79;color:#fff}header.app nav{display:flex;flex-wrap:wrap;gap:.5em 1em;align-items:center}
    header.app a,header.app button{color:#fff;font-size:1rem}header.app .name{font-weight:bold;margin-right:auto}
    header.app form{display:inline;margin:0}header.app button{background:none;border:1px solid #fff;border-radius:4px;padding:.2em .6em;cursor:pointer}
    .notice{background:#fff4ce;padding:.5em .8em;border-left:4px solid #8a6d00}a:focus,button:focus,input:focus{outline:3px solid #ffbf47}
    @media print{header.app,.no-print{display:none}}
    """

    /// The rules of forms and tables, also below the month's roster.html.
    static let controlStyle = """
    label{display:block;margin:.8em 0 .2em;font-weight:bold}
    input,select{font-size:1rem;padding:.5em;width:100%;max-width:20em;box-sizing:border-box;border:1px solid #767676;border-radius:4px}
    button.primary{display:block;margin-top:1em;font-size:1rem;padding:.6em 1.4em;background:#1f4e79;color:#fff;border:0;border-radius:4px;cursor:pointer}
    button.small{font-size:.95rem;padding:.3em .8em;background:#fff;color:#1f4e79;border:1px solid #1f4e79;border-radius:4px;cursor:pointer}
    .error{color:#a40000;font-weight:bold}.ok{color:#1b5e20;font-weight:bold}
    table.duties{border-collapse:collapse;width:100%}table.duties td,table.duties th{border-bottom:1px solid #ccc;padding:.4em;text-align:left;vertical-align:top}
    .scroll{overflow-x:auto}
    @media (max-width:40em){table.cards thead{display:none}table.cards tr{display:block;border-bottom:2px solid #ccc;padding:.4em 0}
    table.cards th,table.cards td{display:block;border:0;padding:.15em .4em}table.cards td[data-label]::before{content:attr(data-label) "：";font-weight:bold}}.num{text-align:right}.gap{color:#a40000;font-weight:bold}
    .controls{display:flex;flex-wrap:wrap;gap:0 2em}.controls section{flex:1 1 18em;max-width:26em;border-top:1px solid #ccc;margin-top:.5em}
    .controls h2{font-size:1.1em;margin:.5em 0}.controls p{margin:.3em 0;font-size:.95em}
    """

    /// Every other page's rules.
    static let style = headerStyle + controlStyle + """
    body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#1d1d1d;background:#fff;line-height:1.5}
    main{padding:1em;max-width:60em}
    .feed{word-break:break-all;background:#f3f6fb;padding:.5em}.qr{margin:1em 0}.qr svg{max-width:100%;height:auto}
    """

    /// A whole page.
    /// `refreshSeconds` reloads it that often (a running job's progress, without a script).
    static func page(_ words: Phrases, title: String, user: OfficeUser?, path: String, body: String, status: HTTPResponse.Status = .ok,
                     refreshSeconds: Int? = nil) -> Response {
        let html = "<!DOCTYPE html>\n<html lang=\"\(words.language.rawValue)\"><head><meta charset=\"utf-8\">"
            + (refreshSeconds.map { "<meta http-equiv=\"refresh\" content=\"\($0)\">" } ?? "")
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>\(TextFormat.escaped(title)) · \(words.appName)</title>"
            + "<style>\(style)</style></head><body>\n" + header(words, user: user, path: path) + "<main>\n" + body + "\n</main></body></html>\n"
        return Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A document of the outputs (roster.html, appraisal.html) as a page of the application:
    /// the header and `top` above it, sized for a phone (wide tables scroll on their own),
    /// printing exactly as the document does. `screenStyle` adds rules for the screen.
    static func framed(_ document: String, _ words: Phrases, user: OfficeUser, path: String, top: String, screenStyle: String = "") -> Response {
        let html = document
            .replacingOccurrences(of: "<meta charset=\"utf-8\">", with: "<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .replacingOccurrences(of: "<body>", with: "<body><style>\(headerStyle)\(controlStyle)@media screen and (max-width:40em){body{margin:.5em}table{display:block;overflow-x:auto;max-width:100%}}\(screenStyle)</style>"
                + header(words, user: user, path: path) + top)
        return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The navigation bar; its language link keeps the page.
    static func header(_ words: Phrases, user: OfficeUser?, path: String) -> String {
        let other = words.language == .zh ? "en" : "zh"
        var items = ["<span class=\"name\">\(words.appName)</span>"]
        if let user {
            let page = words.pages
            var links: [(String, String)] = []
            if user.role != .staff {
                links += [("/months", page.monthsTitle), ("/inspections/new", words.recordInspection), ("/attendance/new", page.recordAttendance),
                          ("/repairs", page.repairsTitle)]
            }
            if user.role == .admin { links += [("/import", page.importTitle), ("/users", page.usersTitle)] }
            if user.role == .staff { links += [("/me", words.myDuties), ("/requests", page.myRequests)] }
            links.append(("/appraisal", page.appraisalMonth))
            items += links.map { "<a href=\"\($0.0)\"\(path == $0.0 ? " aria-current=\"page\"" : "")>\(TextFormat.escaped($0.1))</a>" }
            items.append("<span>\(TextFormat.escaped(user.name))</span>")
        }
        items.append("<a href=\"\(TextFormat.escaped(path))?lang=\(other)\" lang=\"\(other)\">\(words.otherLanguage)</a>")
        if user != nil { items.append("<form method=\"post\" action=\"/logout\"><button type=\"submit\">\(words.logOut)</button></form>") }
        return "<header class=\"app\"><nav aria-label=\"\(words.appName)\">" + items.joined(separator: " ") + "</nav></header>\n"
    }

    /// A redirect after a form or to the login page.
    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
