extension PatternLabelling {
    /// The labels of one day while they are offered: for each state, the labels that no other
    /// label of the same state dominates. Labelling spends most of column generation's time
    /// here, so a state's labels are a chain through one pool rather than an array each, and
    /// states are found by a small open-addressing table rather than a `Dictionary` (hashing,
    /// allocation and sorting the survivors took over a third of pricing on Instance10).
    struct DayLabels {
        private(set) var labels: [Label] = []
        private(set) var states: [State] = []
        /// Whether each label is still undominated.
        private var alive: [Bool] = []
        /// The next label of the same state, −1 at the end of its chain.
        private var next: [Int32] = []
        /// Per state: the first and last label of its chain, and how many labels it holds.
        private var head: [Int32] = [], tail: [Int32] = [], count: [Int32] = []
        /// The table of state keys: a key and its state's index + 1 (0: an empty bucket).
        private var keys: [Int] = Array(repeating: 0, count: 64), entries: [Int32] = Array(repeating: 0, count: 64)
        /// At most this many labels per state (the cheapest), when set.
        private let perState: Int?
        private let minutesStep: Int32
        /// Labels with fewer minutes cannot reach the minimum any more.
        private var minutesFloor: Int32 = 0

        init(perState: Int?, minutesStep: Int32) {
            self.perState = perState
            self.minutesStep = minutesStep
        }

        /// Empties the pool for the next day, keeping its storage.
        mutating func removeAll(minutesFloor: Int32) {
            self.minutesFloor = minutesFloor
            labels.removeAll(keepingCapacity: true)
            states.removeAll(keepingCapacity: true)
            alive.removeAll(keepingCapacity: true)
            next.removeAll(keepingCapacity: true)
            head.removeAll(keepingCapacity: true)
            tail.removeAll(keepingCapacity: true)
            count.removeAll(keepingCapacity: true)
            for bucket in entries.indices { entries[bucket] = 0 }
        }

        /// The labels still undominated, in the order they were offered.
        var survivors: [Int] { alive.indices.filter { alive[$0] } }

        /// Keeps `label` unless a label of the same state dominates it (or it has too few
        /// minutes), dropping the labels it dominates; with `perState`, a state already full
        /// gives up its dearest label for a cheaper one.
        mutating func offer(_ label: Label, _ state: State) {
            guard state.minutes >= minutesFloor else { return }
            let slot = self.slot(of: state.key(minutesStep: minutesStep))
            var index = head[slot]
            while index >= 0 {
                if PatternLabelling.dominates(labels[Int(index)], label) { return }
                index = next[Int(index)]
            }
            dropDominated(by: label, in: slot)
            if let perState, Int(count[slot]) >= perState {
                guard head[slot] >= 0 else { return }
                // The dearest, the first of equal ones, makes room when it costs more.
                var dearest = head[slot], previousOfDearest: Int32 = -1, previous = head[slot]
                index = next[Int(head[slot])]
                while index >= 0 {
                    if labels[Int(index)].cost > labels[Int(dearest)].cost { (dearest, previousOfDearest) = (index, previous) }
                    previous = index
                    index = next[Int(index)]
                }
                guard labels[Int(dearest)].cost > label.cost else { return }
                unlink(dearest, after: previousOfDearest, in: slot)
            }
            let new = Int32(labels.count)
            labels.append(label)
            states.append(state)
            alive.append(true)
            next.append(-1)
            if tail[slot] >= 0 { next[Int(tail[slot])] = new } else { head[slot] = new }
            tail[slot] = new
            count[slot] += 1
        }

        /// Drops from state `slot`'s chain the labels that `label` dominates.
        private mutating func dropDominated(by label: Label, in slot: Int) {
            var previous: Int32 = -1, index = head[slot]
            while index >= 0 {
                let following = next[Int(index)]
                if PatternLabelling.dominates(label, labels[Int(index)]) {
                    unlink(index, after: previous, in: slot)
                } else {
                    previous = index
                }
                index = following
            }
        }

        /// Takes label `index`, which follows `previous` (−1: it is the first), out of state `slot`'s chain.
        private mutating func unlink(_ index: Int32, after previous: Int32, in slot: Int) {
            alive[Int(index)] = false
            count[slot] -= 1
            if previous >= 0 { next[Int(previous)] = next[Int(index)] } else { head[slot] = next[Int(index)] }
            if tail[slot] == index { tail[slot] = previous }
        }

        /// The index of the state with `key`, added when new.
        private mutating func slot(of key: Int) -> Int {
            if 2 * (head.count + 1) > keys.count { grow() }
            var bucket = Self.bucket(of: key, in: keys.count)
            while entries[bucket] != 0 {
                if keys[bucket] == key { return Int(entries[bucket]) - 1 }
                bucket = (bucket + 1) & (keys.count - 1)
            }
            keys[bucket] = key
            entries[bucket] = Int32(head.count + 1)
            head.append(-1)
            tail.append(-1)
            count.append(0)
            return head.count - 1
        }

        /// Doubles the table, keeping every state where it is in the pool.
        private mutating func grow() {
            let oldKeys = keys, oldEntries = entries
            keys = Array(repeating: 0, count: oldKeys.count * 2)
            entries = Array(repeating: 0, count: oldKeys.count * 2)
            for (key, entry) in zip(oldKeys, oldEntries) where entry != 0 {
                var bucket = Self.bucket(of: key, in: keys.count)
                while entries[bucket] != 0 { bucket = (bucket + 1) & (keys.count - 1) }
                keys[bucket] = key
                entries[bucket] = entry
            }
        }

        /// Fibonacci hashing: the key times 2⁶⁴/φ, its top bits for a table of `size` (a power of two).
        private static func bucket(of key: Int, in size: Int) -> Int {
            Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - size.trailingZeroBitCount))
        }
    }
}
