/// How ``PatternLabelling/greedy(cost:pacing:pace:)`` spreads a person's minutes and weekends
/// over the horizon. None is better everywhere, so construction builds with each where at
/// least half of the people are priced by the inexact ways, and keeps the cheapest roster: on
/// Instance24, whose cover rises through the year while the minutes allowed are within 720
/// of each other, the even pace leaves everyone's minutes spent before the last weeks (2788
/// people short on its last four weeks, objective 441904 against 185791 by the cover); on
/// Instance15, whose cover is even, the even pace gives 15196 against 20892.
enum GreedyPacing: Hashable, Sendable, CaseIterable {
    /// By each day, an even share of the minimum minutes and of the weekends allowed; a short
    /// line is worked whenever it pays.
    case even
    /// By each day, the share of the cover's minutes required on the days the person may work
    /// up to it: at least that share of the minimum, and short lines worked only while within
    /// that share of the maximum plus `lead` of it; the weekends allowed by the share of the
    /// weekends' cover. Behind that pace, a short line is taken first and then the longest
    /// shift, so that the minimum is reached in fewer days (on Instance24 many must average
    /// more than 480 minutes a shift to reach it at all).
    case byCover(lead: Double)

    /// The pacings construction tries, the first kept on a tie. The lead that gives the
    /// cheapest construction differs from one instance to the next (a sixteenth on Instance24,
    /// a sixty-fourth on Instance23: 114987 against 139116, and 29361 against 31446 after 20 s
    /// of search; a thirty-second on Instance21: 81978 against 85756), and a construction by
    /// one takes a tenth of a second to a fifth on a year, so each is tried (an eighth was
    /// the cheapest nowhere by more than 0.1 %).
    static let allCases: [GreedyPacing] = [.even] + [1.0 / 16, 1.0 / 32, 1.0 / 64].map { .byCover(lead: $0) }

    /// The paces tried in turn: a person the pass gets stuck on with one often gets through
    /// with an earlier one. Following the cover, a step back at a time, since every step
    /// earlier spends minutes the last weeks need.
    var paces: [Double] {
        switch self {
        case .even: [0.95, 0.85, 0.75, 0.6]
        case .byCover: [1, 0.99, 0.98, 0.97, 0.96, 0.95, 0.94, 0.92, 0.9, 0.85, 0.75, 0.6]
        }
    }
}

extension PatternLabelling {
    /// A pattern made in one pass over the days, without labels: each day the person works
    /// the cheapest shift the rules allow when it costs less than a day off (a short cover
    /// line pays for it) or when their minutes fall behind the pace to the minimum, and
    /// rests when a rule requires it. A few microseconds a day where labelling takes
    /// milliseconds (Instance24: 150 people over 364 days), for ``BestResponse``'s
    /// construction on long horizons; the caller checks the pattern against the person's
    /// rules, since the pass does not look ahead far enough to guarantee every one of them.
    /// `pace` is the share of the way, by `pacing`, by which it aims to have worked the
    /// minimum minutes: a little before the end, where weekends and days off may leave no
    /// room to catch up.
    /// - Returns: `nil` when the pass got stuck (a rule left no choice it could take).
    func greedy(cost: [[Double]], pacing: GreedyPacing, pace: Double) -> [(day: Int, shift: Int)]? {
        var pattern: [(day: Int, shift: Int)] = []
        var counts = Array(repeating: 0, count: shiftMinutes.count)
        var minutes = 0, weekends = 0
        // The last day's shift (−1: off), the length of the current run of work or rest, and
        // whether that run began on the first day (the edge exemption).
        var last = -1, stretch = 0, fromStart = true
        for d in 0..<days {
            let continuing = last >= 0
            let mayRest = !continuing || fromStart || stretch >= minRun
            var mayWork = continuing ? stretch < maxRun : fromStart || stretch >= minRest
            // A run begun here must be able to reach its least length before a day off, a
            // weekend beyond the cap, or the end.
            if mayWork, !continuing {
                let run = d..<min(days, d + max(1, minRun))
                let touched = Set(run.filter { $0 % 7 >= 5 }.map { $0 / 7 }).count
                mayWork = run.allSatisfy { !workable[$0].isEmpty } && weekends + touched <= weekendCap ?? .max
            }
            let countsWeekend = weekendCap != nil && (d % 7 == 5 || (d % 7 == 6 && !continuing))
            if countsWeekend, let weekendCap, weekends >= weekendCap { mayWork = false }
            // The share of the way by this day, the lead allowed over it, and whether another
            // weekend would be ahead of the pace (worked anyway where the run must go on): by
            // the cover, a weekend is worked only within the person's share of the weekends'
            // cover up to its end.
            let share: Double, lead: Double?, aheadOnWeekends: Bool
            switch pacing {
            case .even:
                (share, lead) = (Double(d + 1) / Double(days), nil)
                aheadOnWeekends = countsWeekend && weekendCap.map { Double(weekends) >= Double($0) * share + 1 } ?? false
            case let .byCover(ahead):
                (share, lead) = (coverShare[d], ahead)
                let weekendShare = weekendCoverShare[min(days - 1, d - d % 7 + 6)]
                aheadOnWeekends = countsWeekend && weekendCap.map { Double(weekends + 1) > Double($0) * weekendShare + weekendOffset } ?? false
            }
            // A run that must go on tomorrow needs a shift it may go on with.
            let mustGoOn = (continuing ? stretch + 1 : 1) < minRun && d + 1 < days
            func allowed(_ t: Int, after previous: Int, on day: Int, minutes: Int, extra: Int) -> Bool {
                cost[day][t].isFinite && !(previous >= 0 && forbidden[previous][t]) && minutes + shiftMinutes[t] <= maxMinutes
                    && caps[t].map { counts[t] + extra < $0 } ?? true
            }
            let candidates = mayWork ? workable[d].filter { t in
                allowed(t, after: last, on: d, minutes: minutes, extra: 0)
                    && (!mustGoOn || workable[d + 1].contains { allowed($0, after: t, on: d + 1, minutes: minutes + shiftMinutes[t], extra: $0 == t ? 1 : 0) })
            } : []
            let behind = Double(minutes) < Double(minMinutes) * min(1, share / pace)
            // The cheapest shift; behind the cover's pace, a short line first, then the longest.
            let byLength = lead != nil && behind
            func rank(_ t: Int) -> (Int, Int, Double, Int) {
                byLength ? (cost[d][t] < 0 ? 0 : 1, -shiftMinutes[t], cost[d][t], t) : (0, 0, cost[d][t], t)
            }
            let choice = candidates.min { rank($0) < rank($1) }
            let works: Bool
            if let t = choice {
                let ahead = lead.map { Double(minutes + shiftMinutes[t]) > Double(maxMinutes) * (share + $0) } ?? false
                works = !mayRest || (!aheadOnWeekends && (behind || (cost[d][t] < 0 && !ahead)))
            } else {
                guard mayRest else { return nil }
                works = false
            }
            if works, let t = choice {
                pattern.append((d, t))
                minutes += shiftMinutes[t]
                counts[t] += 1
                if countsWeekend { weekends += 1 }
                if !continuing { (stretch, fromStart) = (0, d == 0) }
                stretch += 1
                last = t
            } else {
                if continuing { (stretch, fromStart) = (0, false) }
                stretch += 1
                last = -1
            }
        }
        return minutes >= minMinutes ? pattern : nil
    }
}
