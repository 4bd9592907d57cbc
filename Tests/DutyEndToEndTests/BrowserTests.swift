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
        assert phone.locator("figure.qr svg[role=img]").count() == 1, "no QR code of the feed"
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
        inspector.wait_for_url("**/months")
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
        inspector.wait_for_url("**note=**")
        assert "已保存记录 WEB-1" in inspector.inner_text("main"), inspector.inner_text("main")
        inspector.screenshot(path=shots + "/inspection-saved.png", full_page=True)
        browser.close()
    print("ok")
    """#

    @Test("login form, the month's calendar with every name, a staff member's duties on a phone, wrong-role attempts refused, an inspection recorded")
    func pages() throws {
        let (db, out) = try Playwright.officeWithPublishedMonth()
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

/// A month's work in the browser, by each role: the head of office solves, edits (one edit
/// refused with its violation, one saved), publishes, repairs after sick leave and publishes
/// again; the inspector records attendance and repairs; a staff member files a request and
/// reads their appraisal on a phone. Screenshots of every step.
@Suite(.enabled(if: Playwright.isInstalled, "needs Python's playwright and Debian's chromium (make test installs them)"))
struct MonthWorkBrowserTests {
    static let script = #"""
    import os, sys, re, tempfile
    from playwright.sync_api import sync_playwright
    base, shots = sys.argv[1], sys.argv[2]
    os.makedirs(shots, exist_ok=True)
    def login(page, name, password="password-123"):
        page.goto(base + "/login")
        page.fill("input[name=name]", name)
        page.fill("input[name=password]", password)
        page.click("button.primary")
        page.wait_for_load_state()
    def no_sideways_scroll(page, width):
        assert page.evaluate("document.documentElement.scrollWidth") <= width, page.url + " scrolls sideways"
    def labelled(page):
        # Every field a person fills has a label (or an aria-label), so that a screen reader names it.
        missing = page.evaluate("""[...document.querySelectorAll('input:not([type=hidden]), select')]
            .filter(e => !e.getAttribute('aria-label') && !(e.id && document.querySelector(`label[for="${e.id}"]`)))
            .map(e => e.outerHTML)""")
        assert not missing, page.url + " has fields without a label: " + str(missing)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        def new_page(**options):
            # Generous waits: CI runs these beside the other tests on a slower machine.
            page = browser.new_page(**options)
            page.set_default_timeout(90000)
            return page
        desk = new_page(viewport={"width": 1280, "height": 900})
        login(desk, "boss")
        assert desk.url.endswith("/months"), desk.url
        overview = desk.inner_text("main")
        assert "2025年10月" in overview and "已发布第 1 版" in overview and "查看考核" in overview, overview
        desk.screenshot(path=shots + "/admin-months.png", full_page=True)
        labelled(desk)
        # Data from the office's spreadsheets: a file with an unknown person refused whole, one saved by Excel (GB18030) imported.
        folder = tempfile.mkdtemp()
        os.makedirs(folder + "/bad")
        with open(folder + "/bad/requests.csv", "w", encoding="utf-8") as f:
            f.write("staff,date,post,kind,weight\ns99,2025-10-25,,off,\n")
        with open(folder + "/inspections.csv", "wb") as f:
            f.write("id,date,staff,item,points,inspector,note\nI-WEB-9,2025-10-22,s05,C01,,总务处 李主任,台面有油污\n".encode("gb18030"))
        desk.goto(base + "/import")
        labelled(desk)
        desk.set_input_files("#files", folder + "/bad/requests.csv")
        with desk.expect_navigation():
            desk.click("button.primary")
        text = desk.inner_text("main")
        assert "没有导入" in text and "\nrequests.csv:2:1: 错误: staff: 不认识的人员“s99”" in text, text
        desk.screenshot(path=shots + "/admin-import-refused.png", full_page=True)
        desk.set_input_files("#files", folder + "/inspections.csv")
        with desk.expect_navigation():
            desk.click("button.primary")
        text = desk.inner_text("main")
        assert "已导入" in text and "inspections.csv：新增 1 行" in text and "GB18030" in text, text
        desk.screenshot(path=shots + "/admin-import.png", full_page=True)
        # A new staff member's account.
        desk.goto(base + "/users")
        labelled(desk)
        desk.fill("#name", "zhao")
        desk.select_option("#role", "staff")
        desk.select_option("#staff", "s07")
        desk.fill("#password", "password-456")
        with desk.expect_navigation():
            desk.click("button.primary")
        assert "已保存账号 zhao" in desk.inner_text("main") and "员工" in desk.inner_text("main"), desk.inner_text("main")
        # Solve: the job's page, then the month with its draft.
        desk.goto(base + "/months")
        desk.click("a[href='/months/2025-10']")
        desk.fill("#time_limit", "10")
        desk.click("#solve-button")
        desk.wait_for_url(re.compile(r".*/months/2025-10\?note=.*"), timeout=120000)
        assert "草稿" in desk.inner_text("body"), desk.inner_text("body")
        desk.screenshot(path=shots + "/admin-draft.png", full_page=True)
        # A day: assigning someone on leave shows the violation and cannot be saved.
        desk.click("a[href='/months/2025-10/days/2025-10-12']")
        assert "2025-10-12" in desk.inner_text("h1")
        desk.select_option("#assign-post", "gate_day")
        desk.select_option("#assign-staff", "s04")
        desk.click("#preview-button")
        desk.wait_for_load_state()
        text = desk.inner_text("main")
        assert "违反硬性规则" in text and "leave" in text, text
        assert desk.locator("#save-button").count() == 0
        desk.screenshot(path=shots + "/admin-edit-refused.png", full_page=True)
        # Cover found by suggest, previewed and saved.
        # A click on a name in the month's calendar: who can take that person's place.
        desk.goto(base + "/months/2025-10")
        desk.locator("table.cal a[href*='days/2025-10-12?replace=']").first.click()
        desk.wait_for_load_state()
        assert "可以接替的人" in desk.inner_text("main"), desk.inner_text("main")
        desk.screenshot(path=shots + "/admin-candidates.png", full_page=True)
        labelled(desk)
        desk.locator("#candidates a", has_text="选这个人").first.click()
        desk.wait_for_load_state()
        assert "不违反任何硬性规则" in desk.inner_text("main"), desk.inner_text("main")
        desk.screenshot(path=shots + "/admin-edit-preview.png", full_page=True)
        with desk.expect_navigation():
            desk.click("#save-button")
        assert "已保存到草稿" in desk.inner_text("body") and "手工调整过的排班" in desk.inner_text("body"), desk.inner_text("body")
        with desk.expect_navigation():
            desk.click("#publish-button")
        assert "已发布第 2 版" in desk.inner_text("body"), desk.inner_text("body")
        # Someone is sick: leave recorded, the month repaired from that day, the people to tell, published.
        desk.select_option("#sick-staff", "s03")
        desk.fill("#sick-from", "2025-10-20")
        desk.fill("#sick-to", "2025-10-22")
        desk.click("#sick-button")
        desk.wait_for_url(re.compile(r".*/months/2025-10\?note=.*"), timeout=120000)
        body = desk.inner_text("body")
        assert "请通知下列人员" in body and "2025-10-20 起重新排班" in body, body
        desk.screenshot(path=shots + "/admin-sick-repair.png", full_page=True)
        desk.screenshot(path=shots + "/admin-sick-repair-top.png")
        labelled(desk)
        with desk.expect_navigation():
            desk.click("#publish-button")
        versions = desk.inner_text("#versions + ul")
        assert "第 3 版" in versions and "第 2 版" in versions and "第 1 版" in versions, versions
        desk.click("a[href='/months/2025-10?version=1']")
        assert "正在看已发布的第 1 版" in desk.inner_text("body")
        assert "已证明最优" in desk.inner_text("body"), "duty publish keeps the solve's account of roster.json beside the roster"
        # The month's page prints as roster.html does: the same A4 pages, none of the controls.
        def pages(pdf):
            return len(re.findall(rb"/Type\s*/Page[^s]", pdf))
        printed = desk.pdf(prefer_css_page_size=True)
        reference = new_page()
        reference.goto("file://" + sys.argv[3])
        assert pages(printed) == pages(reference.pdf(prefer_css_page_size=True)) > 2, (pages(printed))
        desk.emulate_media(media="print")
        assert not desk.locator(".controls").is_visible() and not desk.locator("header.app").is_visible()
        desk.emulate_media(media="screen")
        # In English on request.
        desk.goto(base + "/months?lang=en")
        assert "Months" in desk.inner_text("main") and "published, version 3" in desk.inner_text("main"), desk.inner_text("main")
        desk.goto(base + "/months/2025-10/days/2025-10-12")
        assert "Assign by hand" in desk.inner_text("main")
        desk.goto(base + "/months?lang=zh")
        # The inspector on a phone: an attendance exception, a repair refused (its id is taken), one recorded, then completed.
        inspector = new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
        login(inspector, "checker")
        inspector.goto(base + "/attendance/new")
        for field in ["date", "staff", "post", "status", "note"]:
            assert inspector.locator(f"label[for={field}]").count() == 1, field
        inspector.fill("#date", "2025-10-21")
        inspector.select_option("#staff", "s07")
        inspector.select_option("#status", "late")
        inspector.fill("#note", "迟到十分钟")
        with inspector.expect_navigation():
            inspector.click("button.primary")
        assert "已保存" in inspector.inner_text("main")
        no_sideways_scroll(inspector, 390)
        inspector.goto(base + "/repairs")
        assert "R2510-01" in inspector.inner_text("main") and "小修不隔夜" in inspector.inner_text("main")
        inspector.fill("#id", "R2510-01")
        inspector.fill("#reported", "2025-10-21T08:00")
        inspector.select_option("#staff", "s08")
        inspector.click("form[action='/repairs'] button.primary")
        inspector.wait_for_load_state()
        assert "重复" in inspector.inner_text("main"), inspector.inner_text("main")
        inspector.screenshot(path=shots + "/inspector-repair-refused.png", full_page=True)
        inspector.fill("#id", "R-WEB-1")
        with inspector.expect_navigation():
            inspector.click("form[action='/repairs'] button.primary")
        row = inspector.locator("tr", has_text="R-WEB-1")
        assert "未完成" in row.inner_text(), row.inner_text()
        row.locator("input[name=completed]").fill("2025-10-21T15:00")
        with inspector.expect_navigation():
            row.locator("button").click()
        row = inspector.locator("tr", has_text="R-WEB-1")
        assert "按时" in row.inner_text(), row.inner_text()
        inspector.screenshot(path=shots + "/inspector-repairs.png", full_page=True)
        labelled(inspector)
        # A staff member on a phone: a request for a day off, their own appraisal, and pages that are not theirs.
        phone = new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True)
        # With the keyboard alone: the name field has the focus, Tab to the password, Enter.
        phone.goto(base + "/login")
        phone.wait_for_function("document.activeElement && document.activeElement.id === 'name'")
        phone.keyboard.type("zhang")
        phone.keyboard.press("Tab")
        phone.keyboard.type("password-123")
        phone.keyboard.press("Enter")
        phone.wait_for_url("**/me")
        phone.goto(base + "/requests")
        phone.select_option("#kind", "off")
        with phone.expect_navigation():
            phone.click("button.primary")
        assert "申请已提交" in phone.inner_text("main") and "想休息" in phone.inner_text("main"), phone.inner_text("main")
        no_sideways_scroll(phone, 390)
        phone.screenshot(path=shots + "/staff-requests.png", full_page=True)
        labelled(phone)
        phone.goto(base + "/appraisal/2025-10")
        text = phone.inner_text("body")
        assert "张伟" in text and "陈明" not in text, text
        no_sideways_scroll(phone, 390)
        phone.screenshot(path=shots + "/staff-appraisal.png", full_page=True)
        phone.goto(base + "/months/2025-10")
        assert "已发布（第 3 版）" in phone.inner_text("body")
        no_sideways_scroll(phone, 390)
        phone.screenshot(path=shots + "/staff-month.png")
        phone.goto(base + "/months/2025-10/days/2025-10-12")
        assert "没有权限" in phone.inner_text("main")
        # The new account logs in and sees their own duties.
        zhao = new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
        login(zhao, "zhao", "password-456")
        assert zhao.url.endswith("/me") and "赵强 的值班" in zhao.inner_text("main"), zhao.inner_text("main")
        # Everyone: the term's appraisal.
        desk.goto(base + "/appraisal?from=2025-10&to=2025-10")
        assert "陈明" in desk.inner_text("body") and "张伟" in desk.inner_text("body")
        desk.screenshot(path=shots + "/appraisal-term.png", full_page=True)
        labelled(desk)
        browser.close()
    print("ok")
    """#

    @Test("solve, an edit refused with its violation, one saved, publish, sick leave repaired and published; attendance and repairs; a request and an appraisal")
    func monthWork() throws {
        let (db, out) = try Playwright.officeWithPublishedMonth()
        let server = try ServerProcess(db: db)
        defer { server.stop() }
        let shots = DutyProcess.packageRoot.appendingPathComponent("out/browser-screenshots").path
        let run = try DutyProcess.run(["python3", "-c", Self.script, server.address, shots, out + "/roster.html"], executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    }
}

/// Whether Python can drive Debian's chromium with Playwright here.
enum Playwright {
    /// A store with the example imported, October 2025 solved and published (version 1), and
    /// three users: boss (admin), checker (inspector), zhang (staff s03); and the roster's folder.
    static func officeWithPublishedMonth() throws -> (db: String, out: String) {
        let db = DutyProcess.temporaryPath("office.db")
        let out = DutyProcess.temporaryPath("published")
        for arguments in [["import", "--data", DutyProcess.example, "--db", db], ["roster", "--db", db, "--month", "2025-10", "--out", out],
                          ["publish", "--db", db, "--month", "2025-10", "--roster", out + "/roster.csv"]] {
            #expect(try DutyProcess.run(arguments).status == 0, "\(arguments)")
        }
        #expect(try ServerProcess.addUser(db: db, name: "boss", role: "admin") == 0)
        #expect(try ServerProcess.addUser(db: db, name: "zhang", role: "staff", staff: "s03") == 0)
        #expect(try ServerProcess.addUser(db: db, name: "checker", role: "inspector") == 0)
        return (db, out)
    }

    static let isInstalled: Bool = FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium")
        && (try? DutyProcess.run(["python3", "-c", "import playwright.sync_api"], executable: URL(fileURLWithPath: "/usr/bin/env")).status) == 0
}
