import DutyCore

/// Random but reproducible small months, for property tests.
public enum SeededDatasets {
    /// A month of `people` staff over 3–5 posts with leave, requests, pins-free history and random limits.
    public static func make(seed: UInt64, people: Int, month: String = "2025-03") -> (Dataset, Month) {
        var random = SplitMix64(seed: seed)
        var builder = DatasetBuilder(month: month)
        let postCount = Int.random(in: 2...4, using: &random)
        var postIDs: [String] = []
        for p in 0..<postCount {
            let id = "p\(p)"
            postIDs.append(id)
            builder.post(id, area: ["gate", "canteen", "grounds"][p % 3], night: p == 0, priority: Double(Int.random(in: 1...5, using: &random) * 10))
            builder.demand(id, .weekdays, Int.random(in: 0...2, using: &random))
            builder.demand(id, .weekend, Int.random(in: 0...1, using: &random))
        }
        for s in 0..<people {
            let skills = postIDs.filter { _ in Bool.random(using: &random) }
            let id = "s\(s)"
            builder.person(id, skills: skills.isEmpty ? [postIDs[s % postCount]] : skills,
                           maxShifts: Int.random(in: 8...22, using: &random), minShifts: Int.random(in: 0...6, using: &random),
                           maxNights: Bool.random(using: &random) ? nil : Int.random(in: 0...6, using: &random))
            if Int.random(in: 0..<4, using: &random) == 0 {
                let start = Int.random(in: 1...25, using: &random)
                builder.leave(id, from: start, to: min(start + Int.random(in: 0...5, using: &random), builder.month.dayCount))
            }
            if Bool.random(using: &random) {
                builder.request(id, day: Int.random(in: 1...28, using: &random), post: Bool.random(using: &random) ? postIDs.randomElement(using: &random) : nil,
                                Bool.random(using: &random) ? .on : .off, weight: Double(Int.random(in: 1...20, using: &random)))
            }
            if Bool.random(using: &random) {
                for back in 1...Int.random(in: 1...6, using: &random) { builder.history(id, daysBefore: back, post: postIDs.randomElement(using: &random)!) }
            }
        }
        builder.dataset.rules.maxConsecutiveDays = Int.random(in: 3...6, using: &random)
        builder.dataset.rules.restAfterNight = Int.random(in: 0..<5, using: &random) > 0
        return (builder.dataset, builder.month)
    }
}
