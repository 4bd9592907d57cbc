import DutyCore

/// Someone who logs in to the office's web application.
public struct OfficeUser: Sendable, Hashable {
    /// What a user may do: admin everything; inspector record inspections, attendance and
    /// repairs and view everything; staff view published rosters, their own duties and
    /// appraisal, and file requests.
    public enum Role: String, Sendable, CaseIterable {
        case admin, inspector, staff
    }
    public let name: String
    public let role: Role
    /// The staff member this user is, for the staff role (their duties and calendar).
    public let staff: Staff.ID?

    public init(name: String, role: Role, staff: Staff.ID?) {
        self.name = name
        self.role = role
        self.staff = staff
    }
}
