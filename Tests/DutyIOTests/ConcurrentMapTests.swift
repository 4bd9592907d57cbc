import DutyCore
import Testing

/// `concurrentMap`, which the CSV readers (and the appraisal of a term, and pricing in column
/// generation) run on all processors, must give exactly what `map` gives.
@Suite struct ConcurrentMapTests {
    @Test("concurrentMap gives map's results in the same order, for empty, small and large arrays", arguments: [0, 1, 7, 100_000])
    func sameAsMap(_ count: Int) {
        let numbers = Array(0..<count)
        let transform: @Sendable (Int) -> String = { String($0 * 31 % 1_000, radix: 7) }
        #expect(numbers.concurrentMap(transform) == numbers.map(transform))
    }
}
