import Foundation
import Testing

/// The pages in a real browser: Debian's chromium driven by Playwright for Python, on a
/// running `duty serve`. Screenshots go to `out/browser-screenshots/` for a person to look at.
@Suite(.enabled(if: Playwright.isInstalled, "needs Python's playwright and Debian's chromium (make test installs them)"))
struct BrowserTests {
    static let script = #"""
    import os, sys
    from playwright.sync_api import sync_playwright
    base, shots = sys.argv[1], sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        # The head of office on a desktop: login form, the month's calendar with every name.
        desk = browser.new_page(viewport={"width": 1280, "height": 900})
        desk.goto(base + "/months/2025-10")
        assert desk.url.endswith("/login"), desk.url
        desk.screenshot(path=shots + "/login.png")
        desk.fill("input[name=name]", "boss")
        desk.fill("input[name=password]", "wrong password")
        desk.click("button[type=submit]")
        assert "用户名或密码不对" in desk.inner_text("main")
        desk.fill("input[name=name]", "boss")
        desk.fill("input[name=password]", "password-123")
        desk.click("button[type=submit]")
        desk.goto(base + "/months/2025-10")
        text = desk.inner_text("body")
        for name in sys.argv[3].split(","):
            assert name in text, name
        assert "已发布（第 1 版）" in text
        desk.screenshot(path=shots + "/month.png", full_page=True)
        desk.goto(base + "/months/2025-10?lang=en")
        assert "Duty roster October 2025" in desk.inner_text("body")
        desk.goto(base + "/months/2025-10?lang=zh")
        # A staff member on a phone: their own duties and calendar link.
        phone = browser.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
        phone.goto(base + "/login")
        phone.fill("input[name=name]", "zhang")
        phone.fill("input[name=password]", "password-123")
        phone.click("button[type=submit]")
        phone.wait_for_url("**/me")
        body = phone.inner_text("main")
        assert "张伟 的值班" in body and "/calendar/s03.ics?token=" in body, body
        assert phone.evaluate("document.documentElement.scrollWidth") <= 390, "the phone page scrolls sideways"
        phone.screenshot(path=shots + "/me-phone.png", full_page=True)
        # The wrong role: a staff member's API call that only the head of office may make, and the inspector's page.
        status = phone.evaluate("fetch('/api/months/2025-10/publish', {method: 'POST'}).then(r => r.status)")
        assert status == 403, status
        phone.goto(base + "/inspections/new")
        assert "没有权限" in phone.inner_text("main")
        # The inspector records an inspection: a wrong date named on the page, then saved.
        inspector = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
        inspector.goto(base + "/login")
        inspector.fill("input[name=name]", "checker")
        inspector.fill("input[name=password]", "password-123")
        inspector.click("button[type=submit]")
        inspector.wait_for_url("**/months/**")
        inspector.goto(base + "/inspections/new")
        for field in ["id", "date", "staff", "item", "points", "inspector", "note"]:
            assert inspector.locator(f"label[for={field}]").count() == 1, field
        inspector.fill("#id", "WEB-1")
        inspector.fill("#date", "2025-10-20")
        inspector.select_option("#staff", "s07")
        inspector.select_option("#item", "C01")
        inspector.fill("#points", "2")
        inspector.click("button.primary")
        inspector.wait_for_load_state()
        error = inspector.inner_text("main")
        assert "points:" in error, error
        inspector.screenshot(path=shots + "/inspection-error.png", full_page=True)
        inspector.fill("#points", "")
        inspector.click("button.primary")
        inspector.wait_for_url("**added=**")
        assert "已保存记录 WEB-1" in inspector.inner_text("main"), inspector.inner_text("main")
        inspector.screenshot(path=shots + "/inspection-saved.png", full_page=True)
        browser.close()
    print("ok")
    """#

    @Test("login form, the month's calendar with every name, a staff member's duties on a phone, wrong-role attempts refused, an inspection recorded")
    func pages() throws {
        let db = DutyProcess.temporaryPath("office.db")
        let out = DutyProcess.temporaryPath("published")
        for arguments in [["import", "--data", DutyProcess.example, "--db", db], ["roster", "--db", db, "--month", "2025-10", "--out", out],
                          ["publish", "--db", db, "--month", "2025-10", "--roster", out + "/roster.csv"]] {
            #expect(try DutyProcess.run(arguments).status == 0, "\(arguments)")
        }
        #expect(try ServerProcess.addUser(db: db, name: "boss", role: "admin") == 0)
        #expect(try ServerProcess.addUser(db: db, name: "zhang", role: "staff", staff: "s03") == 0)
        #expect(try ServerProcess.addUser(db: db, name: "checker", role: "inspector") == 0)
        let names = try String(contentsOfFile: DutyProcess.example + "/staff.csv", encoding: .utf8).split(separator: "\n").dropFirst()
            .map { String($0.split(separator: ",")[1]) }
        let assigned = Set(try String(contentsOfFile: out + "/roster.csv", encoding: .utf8).split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[2]) })
        let staffRows = try String(contentsOfFile: DutyProcess.example + "/staff.csv", encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: ",").map(String.init) }
        let assignedNames = staffRows.filter { assigned.contains($0[0]) }.map { $0[1] }
        #expect(!names.isEmpty && !assignedNames.isEmpty)

        let server = try ServerProcess(db: db)
        defer { server.stop() }
        let shots = DutyProcess.packageRoot.appendingPathComponent("out/browser-screenshots").path
        let run = try DutyProcess.run(["python3", "-c", Self.script, server.address, shots, assignedNames.joined(separator: ",")],
                                      executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }
}

/// Whether Python can drive Debian's chromium with Playwright here.
enum Playwright {
    static let isInstalled: Bool = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
        && (try? DutyProcess.run(["python3", "-c", "import playwright.sync_api"], executable: URL(fileURLWithPath: "/usr/bin/env")).status) == 0
}
