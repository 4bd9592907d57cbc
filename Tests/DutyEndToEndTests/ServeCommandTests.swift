import Foundation
import Testing

/// `duty serve` as the office runs it: a real port, a real client, a phone's calendar parser.
@Suite(.enabled(if: ICalendar.isInstalled, "needs Python's icalendar and openapi-spec-validator (make test installs them)"))
struct ServeCommandTests {
    /// The client: checks the OpenAPI document with openapi-spec-validator, logs in, solves,
    /// publishes, reads the calendar feed with icalendar and checks each event against the
    /// published roster.
    static let client = #"""
    import http.cookiejar, json, sys, time, urllib.request, icalendar, datetime, yaml
    from openapi_spec_validator import validate
    base = sys.argv[1]
    validate(yaml.safe_load(urllib.request.urlopen(base + "/api/openapi.yaml").read()))
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    def call(method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(base + path, data=data, method=method, headers={"Content-Type": "application/json"})
        with opener.open(request) as response:
            text = response.read().decode()
            return response.status, (json.loads(text) if response.headers.get_content_type() == "application/json" and text else text)
    assert call("POST", "/api/login", {"name": "boss", "password": "password-123"})[0] == 200
    status, body = call("POST", "/api/months/2025-10/solve", {"time_limit": 20})
    assert status == 202, status
    for _ in range(300):
        job = call("GET", "/api/jobs/" + body["job"])[1]
        if job["state"] not in ("queued", "running"): break
        time.sleep(0.1)
    assert job["state"] == "done", job
    assert call("POST", "/api/months/2025-10/publish")[1]["version"] == 1
    roster = call("GET", "/api/months/2025-10/roster")[1]
    url = call("GET", "/api/staff/s03/calendar")[1]["url"]
    feed = urllib.request.urlopen(base + url).read()
    calendar = icalendar.Calendar.from_ical(feed)
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    mine = [a for a in roster["assignments"] if a["staff"] == "s03"]
    assert len(events) == len(mine) > 0, (len(events), len(mine))
    assert len({str(e["UID"]) for e in events}) == len(events)
    shanghai = datetime.timezone(datetime.timedelta(hours=8))
    for event in events:
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert start.utcoffset() == datetime.timedelta(hours=8), start
        assert end > start
        if str(event["SUMMARY"]) == "门卫夜班":
            assert end.date() == start.date() + datetime.timedelta(days=1) and (start.hour, end.hour) == (19, 7), (start, end)
    assert [c for c in calendar.walk() if c.name == "VTIMEZONE"][0]["TZID"] == "Asia/Shanghai"
    print("ok", len(events))
    """#

    @Test("serve on a free loopback port: login, solve, publish, a calendar feed that icalendar reads; SIGTERM stops it cleanly")
    func serve() throws {
        let db = DutyProcess.temporaryPath("office.db")
        #expect(try DutyProcess.run(["import", "--data", DutyProcess.example, "--db", db]).status == 0)
        #expect(try ServerProcess.addUser(db: db, name: "boss", role: "admin") == 0)
        let server = try ServerProcess(db: db)
        defer { server.stop() }
        let address = server.address
        let client = try DutyProcess.run(["python3", "-c", Self.client, address], executable: URL(fileURLWithPath: "/usr/bin/env"))
        #expect(client.status == 0, "\(client.stdout)\(client.stderr)")
        #expect(client.stdout.hasPrefix("ok "))
        kill(server.process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(10)
        while server.process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!server.process.isRunning, "the server did not stop within 10 s of SIGTERM")
        #expect(server.process.terminationStatus == 0)
    }
}

/// Whether Python can import icalendar here.
enum ICalendar {
    static let isInstalled: Bool = (try? DutyProcess.run(["python3", "-c", "import icalendar, openapi_spec_validator, yaml"],
                                                          executable: URL(fileURLWithPath: "/usr/bin/env")).status) == 0
}
