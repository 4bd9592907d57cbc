extension PatternLabelling {
    /// A pattern made in one pass over the days, without labels: each day the person works
    /// the cheapest shift the rules allow when it costs less than a day off (a short cover
    /// line pays for it) or when their minutes fall behind an even pace to the minimum, and
    /// rests when a rule requires it. A few microseconds a day where labelling takes
    /// milliseconds (Instance24: 150 people over 364 days), for ``BestResponse``'s
    /// construction on long horizons; the caller checks the pattern against the person's
    /// rules, since the pass does not look ahead far enough to guarantee every one of them.
    /// `pace` is the share of the horizon by which it aims to have worked the minimum minutes:
    /// a little before the end, where weekends and days off may leave no room to catch up.
    /// - Returns: `nil` when the pass got stuck (a rule left no choice it could take).
    func greedy(cost: [[Double]], pace: Double) -> [(day: Int, shift: Int)]? {
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
            // Weekends go at an even pace too, unless the run must go on.
            let aheadOnWeekends = countsWeekend && weekendCap.map { Double(weekends) >= Double($0) * Double(d + 1) / Double(days) + 1 } ?? false
            // A run that must go on tomorrow needs a shift it may go on with.
            let mustGoOn = (continuing ? stretch + 1 : 1) < minRun && d + 1 < days
            func allowed(_ t: Int, after previous: Int, on day: Int, minutes: Int, extra: Int) -> Bool {
                cost[day][t].isFinite && !(previous >= 0 && forbidden[previous][t]) && minutes + shiftMinutes[t] <= maxMinutes
                    && caps[t].map { counts[t] + extra < $0 } ?? true
            }
            let choice = mayWork ? workable[d].filter { t in
                allowed(t, after: last, on: d, minutes: minutes, extra: 0)
                    && (!mustGoOn || workable[d + 1].contains { allowed($0, after: t, on: d + 1, minutes: minutes + shiftMinutes[t], extra: $0 == t ? 1 : 0) })
            }.min { (cost[d][$0], $0) < (cost[d][$1], $1) } : nil
            let behind = Double(minutes) < Double(minMinutes) * min(1, Double(d + 1) / (pace * Double(days)))
            let works: Bool
            if let t = choice {
                works = !mayRest || (!aheadOnWeekends && (behind || cost[d][t] < 0))
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
