import DutyModelParts
/// An exact non-negative fraction, so that level floors and ceilings are computed without rounding error.
struct Fraction: Comparable, Hashable {
    let numerator: Int
    let denominator: Int

    init(_ numerator: Int, _ denominator: Int) {
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        let divisor = max(gcd(numerator, denominator), 1)
        self.numerator = numerator / divisor
        self.denominator = denominator / divisor
    }

    var value: Double { Double(numerator) / Double(denominator) }
    /// ⌊multiplier × self⌋.
    func floor(times multiplier: Int) -> Int { multiplier * numerator / denominator }
    /// ⌈multiplier × self⌉.
    func ceil(times multiplier: Int) -> Int { (multiplier * numerator + denominator - 1) / denominator }

    static func < (lhs: Fraction, rhs: Fraction) -> Bool { lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator }

    /// The distinct values, ascending.
    static func distinct(_ values: [Fraction]) -> [Fraction] { Array(Set(values)).sorted() }
}
