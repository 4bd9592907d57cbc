/// The month's appraisal input for one office.
public struct AppraisalRecords: Sendable {
    public var inspections: [Inspection]
    public var attendance: [AttendanceException]
    public var repairs: [RepairTicket]
    public init(inspections: [Inspection] = [], attendance: [AttendanceException] = [], repairs: [RepairTicket] = []) {
        self.inspections = inspections
        self.attendance = attendance
        self.repairs = repairs
    }
}
