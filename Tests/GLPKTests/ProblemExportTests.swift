import Foundation
import Testing
@testable import GLPK

@Suite struct ProblemExportTests {
    @Test("LP and MPS files read back with the same names, sizes and optimum", arguments: [Problem.FileFormat.cplexLP, .freeMPS])
    func roundTrip(format: Problem.FileFormat) throws {
        let problem = try HardInstance.multidimensionalKnapsack(items: 12, constraints: 3)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("glpk-roundtrip-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try problem.write(to: path, format: format)
        let copy = try Problem.read(from: path, format: format)
        #expect(copy.columnCount == problem.columnCount)
        #expect(copy.rowCount == problem.rowCount)
        #expect(copy.column(named: "item_11") != nil)
        #expect(copy.row(named: "capacity_2") != nil)
        // Free MPS has no standard objective-sense record, so the sense is restored by hand.
        copy.maximize = problem.maximize
        let original = try problem.solve(), reread = try copy.solve()
        #expect(abs(try #require(original.objective) - (try #require(reread.objective))) < 1e-6)
    }

    @Test("reading a malformed file throws instead of aborting")
    func malformed() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("glpk-bad-\(UUID().uuidString).lp").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "this is not an LP file".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: GLPKError.self) { try Problem.read(from: path, format: .cplexLP) }
        #expect(throws: GLPKError.self) { try Problem.read(from: path + ".missing", format: .freeMPS) }
    }

    @Test("writing to an impossible path throws")
    func unwritable() throws {
        let problem = try HardInstance.multidimensionalKnapsack(items: 3, constraints: 1)
        #expect(throws: GLPKError.self) { try problem.write(to: "/nonexistent-dir/x.lp", format: .cplexLP) }
    }
}
