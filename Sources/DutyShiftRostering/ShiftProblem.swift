import DutyCore

/// A general rostering problem over a horizon of whole days (day 0 is a Monday):
/// shift types, people with contracts, fixed days off, shift requests and soft
/// cover. The Curtois–Qu benchmark instances map onto it one to one.
public struct ShiftProblem: Sendable {
    /// A person to be rostered.
    public struct Worker: Hashable, Sendable, Identifiable {
        public typealias ID = Identifier<Worker>
        public let id: ID
        public let contract: WorkContract
        /// Days (0-based) on which the person must not work.
        public let daysOff: Set<Int>
        public init(id: ID, contract: WorkContract, daysOff: Set<Int> = []) {
            self.id = id
            self.contract = contract
            self.daysOff = daysOff
        }
    }

    /// A wish to work (`on`) or not to work (`off`) a shift on a day, with its weight.
    public struct Request: Hashable, Sendable {
        public enum Kind: String, Sendable { case on, off }
        public let kind: Kind
        public let worker: Worker.ID
        public let day: Int
        public let shift: ShiftType.ID
        public let weight: Int
        public init(_ kind: Kind, worker: Worker.ID, day: Int, shift: ShiftType.ID, weight: Int) {
            self.kind = kind
            self.worker = worker
            self.day = day
            self.shift = shift
            self.weight = weight
        }
    }

    /// How many people a shift wants on a day, and the price per person under or over.
    public struct Cover: Hashable, Sendable {
        public let day: Int
        public let shift: ShiftType.ID
        public let requirement: Int
        public let underWeight: Int
        public let overWeight: Int
        public init(day: Int, shift: ShiftType.ID, requirement: Int, underWeight: Int, overWeight: Int) {
            self.day = day
            self.shift = shift
            self.requirement = requirement
            self.underWeight = underWeight
            self.overWeight = overWeight
        }
    }

    public let name: String
    public let days: Int
    public let shiftTypes: [ShiftType]
    public let workers: [Worker]
    public let requests: [Request]
    public let cover: [Cover]

    public init(name: String, days: Int, shiftTypes: [ShiftType], workers: [Worker], requests: [Request], cover: [Cover]) {
        self.name = name
        self.days = days
        self.shiftTypes = shiftTypes
        self.workers = workers
        self.requests = requests
        self.cover = cover
    }

    /// Whole weekends in the horizon; weekend k is days 7k + 5 (Saturday) and 7k + 6 (Sunday).
    public var weekends: [[Int]] {
        (0..<(days + 1) / 7).map { week in [7 * week + 5, 7 * week + 6].filter { $0 < days } }
    }
}
