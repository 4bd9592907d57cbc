import DutyIO
import Foundation
import Testing

/// The QR codes of the calendar-feed links, module for module against Python's qrcode, the
/// encoder behind many tools, given the same version, level M and mask.
@Suite(.enabled(if: PythonQRCode.isInstalled, "needs Python's qrcode (make test installs it)"))
struct QRCodeTests {
    static let compare = #"""
    import sys, json, qrcode
    cases = json.load(sys.stdin)
    for case in cases:
        qr = qrcode.QRCode(version=case["version"], error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=case["mask"])
        qr.add_data(case["text"].encode("utf-8"), optimize=0)
        qr.make(fit=False)
        theirs = ["".join("1" if m else "0" for m in row) for row in qr.modules]
        assert theirs == case["modules"], (case["text"], case["version"], case["mask"])
    print("ok", len(cases))
    """#

    @Test("versions 1 to 10 and all eight masks give qrcode's modules; longer than 213 bytes is refused")
    func sameAsPython() throws {
        let base = "http://192.168.1.20:8080/calendar/s03.ics?token="
        var cases: [[String: Any]] = []
        var versions = Set<Int>()
        for length in [2, 14, 26, 42, 62, 84, 106, 122, 152, 180, 213] {
            let text = String((base + String(repeating: "0123456789abcdef", count: 14)).prefix(length))
            let code = try #require(QRCode(text))
            versions.insert(code.version)
            let masks = length == 84 ? Array(0..<8) : [code.mask]
            for mask in masks {
                let forced = try #require(QRCode(text, mask: mask))
                cases.append(["text": text, "version": forced.version, "mask": mask,
                              "modules": forced.modules.map { $0.map { $0 ? "1" : "0" }.joined() }])
            }
        }
        #expect(versions == Set(1...10))
        #expect(QRCode(String(repeating: "x", count: 214)) == nil)
        let input = try JSONSerialization.data(withJSONObject: cases)
        let run = try PythonQRCode.run(Self.compare, input: input)
        #expect(run.status == 0 && run.output.hasPrefix("ok"), "\(run.output)")
    }

    @Test("the SVG draws every dark module inside a quiet zone of four")
    func svg() throws {
        let code = try #require(QRCode("http://example/calendar/s03.ics?token=abc"))
        let svg = code.svg(label: "订阅")
        let size = code.modules.count
        #expect(svg.contains("viewBox=\"0 0 \(size + 8) \(size + 8)\"") && svg.contains("aria-label=\"订阅\""))
        #expect(svg.components(separatedBy: "h1v1h-1z").count - 1 == code.modules.joined().filter { $0 }.count)
    }
}

/// Whether Python can import qrcode here, and a way to run a script on it.
enum PythonQRCode {
    static let isInstalled: Bool = (try? DutyProcess.run(["python3", "-c", "import qrcode"], executable: URL(fileURLWithPath: "/usr/bin/env")).status) == 0

    static func run(_ script: String, input: Data) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
