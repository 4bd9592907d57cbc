import Foundation

extension Phrases {
    /// 中文（默认）。
    static let chinese = Phrases(
        language: .zh,
        weekday: { ["一", "二", "三", "四", "五", "六", "日"][Weekday.allCases.firstIndex(of: $0)!] },
        month: { "\($0.year)年\($0.month)月" },
        separator: "、",
        bracketed: { "（\($0)）" },
        legend: { "假 法定节假日 · 班 调休上班日 · ⚠ 岗位缺人 · 底色：周末或节假日" + ($0 ? " · ✎ 与已发布的排班不同" : "") },
        outcome: { status, seconds, gap in
            switch status {
            case .optimal: "已证明最优"
            case .feasible: "已找到，距最优至多 \(Phrases.percent(gap))（达到设定的允许差距）"
            case .timeLimit where gap >= 1: "\(Phrases.seconds(seconds)) 秒内找到，尚未算出距最优多远"
            case .timeLimit: "\(Phrases.seconds(seconds)) 秒内找到，距最优至多 \(Phrases.percent(gap))"
            case .infeasible: "没有满足全部硬性规则的排班"
            }
        },
        checkedNotSolved: "手工调整过的排班：已检查，不违反任何硬性规则",
        rule: {
            switch $0 {
            case .oneShiftPerDay: "当天已有班"
            case .skill: "不会该岗位"
            case .leave: "请假中"
            case .maxShifts: "超过最多班次"
            case .maxNights: "超过最多夜班"
            case .restAfterNight: "夜班后须休息"
            case .maxConsecutiveDays: "连续上班天数超限"
            case .pinned: "固定排班"
            case .noOverstaffing: "岗位已满"
            case .unknownStaffOrPost: "人员或岗位不存在"
            }
        },
        term: {
            switch $0 {
            case .shortfall: "岗位缺人（按优先级计）"
            case .requests: "未满足的个人请求"
            case .fairness: "工作量不均"
            case .nightFairness: "夜班次数不均"
            case .minShifts: "低于最少班次"
            case .changes: "变更的人日"
            }
        },
        total: "合计",
        penalty: "扣分",
        rosterTitle: { "\($0.year)年\($0.month)月 值班表" },
        calendar: "值班日历",
        staffTotals: "个人统计",
        uncovered: "未排满的岗位",
        allCovered: "所有需要的班次都已排满。",
        missing: { "⚠ 缺 \($0) 人" },
        date: "日期", day: "星期", post: "岗位", area: "区域", time: "时间",
        staffID: "工号", name: "姓名", shifts: "班次", nights: "夜班", weekendShifts: "周末及节假日班次", missingCount: "缺人数",
        personalTitle: "个人值班表",
        personalSummary: { "本月共 \($0) 个班次，其中夜班 \($1) 个，周末及节假日 \($2) 个。" },
        noDuties: "本月没有值班。",
        assignments: "排班明细",
        changesTitle: "与已发布排班相比的变更",
        changesIntro: { "自 \($0) 起重新排班，此前各日与已发布的一致；日历中 ✎ 表示当天有变更。请通知下列人员。" },
        nothingChanged: "没有变更。",
        off: "休息", before: "原安排", after: "新安排", changed: "变更",
        appraisalTitle: { "考核结果 \($0)" },
        base: { "基础分 \($0)。" },
        rank: "名次", score: "得分", grade: "等级", categoryColumn: "类别", appraisalSheet: "考核",
        category: { ["attendance": "考勤", "quality": "质量", "timeliness": "时效", "service": "服务"][$0] ?? $0 },
        quotaMove: { "（得分属「\($0)」，超出该等级名额）" },
        vetoHeading: { "一票否决（无论得分，均为「\($0)」）" },
        veto: "否决",
        vetoedPerson: { "\($0)，得分 \($1)：\($2)" },
        records: "加扣分记录",
        source: "来源", reference: "记录", points: "分值", detail: "说明",
        recordSource: {
            switch $0 {
            case .inspection: "检查"
            case .attendance: "考勤"
            case .repair: "报修"
            case .extraShifts: "加班"
            case .cap: "封顶"
            case .floor: "保底"
            case .month: "月度"
            }
        },
        shortageTitle: { "缺员推演 \($0)" },
        shortageMedians: { "每个缺员比例取 \($0) 个随机种子的中位数。" },
        shortageColumns: ["缺员比例", "在岗人数", "覆盖率 (GLPK)", "覆盖率 (贪心)", "加权缺口 (GLPK)", "加权缺口 (贪心)", "求解秒数"],
        uncoveredIn: { "未覆盖 \($0)" },
        chartTitle: { "缺员对值班覆盖的影响 \($0)" },
        chartSubtitle: { "各比例 \($0) 次随机抽取的中位数；柱：GLPK 排班未覆盖人次（按区域）" },
        coverageAxis: "覆盖率（已排人次 / 需求人次）", shortfallAxis: "加权缺口（优先级 × 缺人次）", removedAxis: "减员比例（占全部员工）",
        chartLines: ["覆盖率 GLPK", "覆盖率 贪心", "加权缺口 GLPK", "加权缺口 贪心"],
        appName: "总务处值班",
        loginTitle: "登录", userName: "用户名", password: "密码", logIn: "登录", logOut: "退出",
        wrongLogin: "用户名或密码不对。", tooManyLogins: "登录失败次数太多，请 15 分钟后再试。",
        myDuties: "我的值班",
        dutiesOf: { "\($0) 的值班 \($1)" },
        noRosterYet: { "\($0.year)年\($0.month)月还没有值班表。" },
        draftNotice: "草稿：尚未发布，以后可能还会变。",
        publishedNotice: { "已发布（第 \($0) 版）。" },
        calendarFeed: "订阅到手机日历", calendarFeedHelp: "在手机日历里添加“订阅日历”，粘贴这个地址；值班有变动时会自动更新。",
        notStaff: "这个账号不对应具体员工，没有个人值班。",
        otherLanguage: "English",
        previousMonth: "上个月", nextMonth: "下个月",
        recordInspection: "登记检查", inspectionID: "记录编号", staffMember: "被检查人", item: "检查项目", pointsOptional: "分值（留空则按项目默认）",
        inspector: "检查人", note: "备注", save: "保存",
        recordAdded: { "已保存记录 \($0)。" },
        notAllowed: "你的账号没有权限打开这一页。",
        place: { post, replaced in replaced.map { "顶替 \($0) 的「\(post)」" } ?? "「\(post)」再加一人" },
        nobodyCanTakeIt: "没有人能在不违反硬性规则的情况下接替。",
        cannotTakeIt: "不能接替的人及原因（违反的规则）：",
        objectiveIfTaken: "接替后扣分",
        solved: { command, month, outcome, seconds in "duty \(command) \(month)：\(outcome)（用时 \(String(format: "%.2f", seconds)) 秒）" },
        appraised: { period, people, bands in
            "duty appraise \(period)：共 \(people) 人 — " + bands.map { "\($0.label) \($0.count) 人" }.joined(separator: "，")
        },
        top: { "第一名：\($0)" },
        vetoedPeople: { "一票否决：\($0)" },
        objectiveLine: { total, terms in
            "扣分合计 \(TextFormat.rounded(total, places: 2)) = " + terms.map { "\($0.name) \(TextFormat.rounded($0.value, places: 2))" }.joined(separator: " + ")
        },
        wrote: { folder, files in "已写入 \(folder)/：" + files.joined(separator: "、") },
        warningsAbove: { "警告 \($0) 条，见上方" },
        coverage: { covered, demanded in
            "覆盖 \(covered)/\(demanded) 人次（\(String(format: "%.1f", demanded == 0 ? 100 : 100 * Double(covered) / Double(demanded)))%）"
        },
        uncoveredByArea: { areas in areas.isEmpty ? "没有缺人的岗位" : "缺人：" + areas.map { "\($0.area) \($0.missing) 人次" }.joined(separator: "，") },
        changesSummary: { from, days, people in "自 \(from) 起变更 \(days) 个人日，涉及 \(people) 人（名单见 changes.csv）" },
        progress: { seconds, best, gap in
            "求解中：\(String(format: "%.1f", seconds)) 秒" + (best.map { "，当前最好 \(TextFormat.rounded($0, places: 2)) 分" } ?? "，尚无排班")
                + (gap.map { "，距最优至多 \(Phrases.percent($0))" } ?? "")
        })
}
