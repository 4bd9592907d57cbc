/// The words of the office's web pages beyond the documents they show: the month overview,
/// the head of office's controls, the day's editor, the record forms, the requests and the
/// appraisal pages. Part of the one catalogue (``Phrases/pages``); the two languages are in
/// `PageWords+Chinese.swift` and `PageWords+English.swift`.
public struct PageWords: Sendable {
    // MARK: The months
    public let monthsTitle: String, monthColumn: String, stateColumn: String, coverageColumn: String, uncoveredColumn: String, appraisalColumn: String
    public let noRoster: String, draft: String
    public let published: @Sendable (Int) -> String
    public let draftOver: @Sendable (Int) -> String
    public let appraisalReady: String, appraisalAfterPublishing: String
    public let newMonth: String, open: String

    // MARK: The head of office's controls on a month
    public let solveTitle: String, solveHelp: String, solveButton: String, timeLimit: String
    public let publishButton: String, publishHelp: String
    public let publishedSaved: @Sendable (Int) -> String
    public let sickTitle: String, sickHelp: String, who: String, from: String, to: String, reason: String, sickDefaultReason: String, sickButton: String
    public let versionsTitle: String
    public let version: @Sendable (_ number: Int, _ at: String) -> String
    public let viewingVersion: @Sendable (Int) -> String
    public let backToCurrent: String
    /// The legend of the draft's ✎ marks against the latest published version.
    public let changedSince: @Sendable (Int) -> String
    public let dayLinksHelp: String

    // MARK: A job
    public let jobTitle: @Sendable (_ kind: String, _ month: String) -> String
    public let jobState: @Sendable (String) -> String
    public let jobFigures: @Sendable (_ seconds: Double, _ best: Double?, _ gap: Double?) -> String
    public let jobDone: String, jobFailed: String, cancel: String, backToMonth: String

    // MARK: A day
    public let dayTitle: @Sendable (_ date: String, _ weekday: String) -> String
    public let nobody: String, addOne: String, replace: String, inPlaceOf: String
    public let assignTitle: String, assignHelp: String, preview: String
    public let candidatesTitle: String, choose: String

    // MARK: An edit before saving
    public let previewTitle: String
    public let breaks: String, breaksNothing: String
    public let penaltyBefore: String, penaltyAfter: String
    public let saveToDraft: String, editSaved: String
    public let editChange: @Sendable (_ date: String, _ post: String, _ added: String, _ removed: String?) -> String

    // MARK: Records
    public let recordAttendance: String, status: String
    public let attendanceStatus: @Sendable (String) -> String
    public let recordRepair: String, repairsTitle: String, repairID: String, reported: String, completed: String, kind: String, responsible: String
    public let repairKind: @Sendable (String) -> String
    public let repairRule: String, due: String, overdue: String, openTicket: String, onTime: String, markDone: String
    public let recordSaved: String

    // MARK: Staff
    public let requestsTitle: String, requestsHelp: String, requestKind: String, wantOff: String, wantPost: String, anyPost: String, requestSaved: String
    public let myRequests: String
    public let qrCaption: String

    // MARK: The office's data and users
    public let importTitle: String, importHelp: String, importFiles: String, importButton: String
    public let imported: String, importRefused: String, warnings: String
    /// A record file's new rows; a master file's rows after it was replaced.
    public let rowsAdded: @Sendable (Int) -> String
    public let rowsReplaced: @Sendable (Int) -> String
    public let usersTitle: String, role: String, newUser: String, usersHelp: String
    public let roleName: @Sendable (String) -> String
    public let userSaved: @Sendable (String) -> String

    // MARK: The appraisal
    public let appraisalMonth: String, appraisalTerm: String, termFrom: String, termTo: String, show: String
    public let noAppraisalYet: @Sendable (String) -> String
}

extension Phrases {
    /// The words of the web pages in this catalogue's language.
    public var pages: PageWords { language == .zh ? .chinese : .english }
}
