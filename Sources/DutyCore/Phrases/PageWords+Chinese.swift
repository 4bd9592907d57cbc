extension PageWords {
    static let chinese = PageWords(
        monthsTitle: "各月值班", monthColumn: "月份", stateColumn: "状态", coverageColumn: "覆盖", uncoveredColumn: "缺人人次", appraisalColumn: "考核",
        noRoster: "尚未排班", draft: "草稿（未发布）",
        published: { "已发布第 \($0) 版" },
        draftOver: { "草稿（已发布第 \($0) 版之后的修改）" },
        appraisalReady: "查看考核", appraisalAfterPublishing: "发布后才能考核",
        newMonth: "给新的月份排班", open: "打开",
        solveTitle: "排班", solveHelp: "按现有资料重新排整个月，结果先存为草稿，发布前员工看不到。", solveButton: "开始排班",
        timeLimit: "最长求解时间（秒，留空按 rules.yaml）",
        publishButton: "发布草稿", publishHelp: "发布后员工在手机上就能看到，订阅的日历也会更新。已发布的版本不会再改动。",
        publishedSaved: { "已发布第 \($0) 版。" },
        sickTitle: "有人生病或临时请假", sickHelp: "登记请假后，从开始那天起重新排班；之前的日子保持已发布的样子。重排结果先存为草稿。",
        who: "谁", from: "从", to: "到", reason: "原因", sickDefaultReason: "病假", sickButton: "登记请假并重排",
        versionsTitle: "历史版本",
        version: { number, at in "第 \(number) 版（\(at) 发布）" },
        viewingVersion: { "正在看已发布的第 \($0) 版。" },
        backToCurrent: "回到当前值班表",
        changedSince: { "✎ 标出与已发布第 \($0) 版不同的人日。" },
        dayLinksHelp: "点日历上的日期看当天的安排；点人名找人替换，点“缺”找人加上。",
        jobTitle: { kind, month in "\(month) \(kind == "replan" ? "重排" : "排班")" },
        jobState: { state in
            switch state {
            case "queued": "排队中"
            case "running": "求解中"
            case "done": "已完成"
            case "failed": "失败"
            case "cancelled": "已取消"
            default: state
            }
        },
        jobFigures: { seconds, best, gap in
            "已用 \(String(format: "%.0f", seconds)) 秒" + (best.map { "，当前最好扣分 \(TextFormat.rounded($0, places: 2))" } ?? "，还没有找到排班")
                + (gap.map { "，距最优至多 \(Phrases.percent($0))" } ?? "")
        },
        jobDone: "完成了，结果已存为草稿。", jobFailed: "没有成功：", cancel: "取消", backToMonth: "回到本月值班表",
        dayTitle: { date, weekday in "\(date)（\(weekday)）" },
        nobody: "（无人）", addOne: "找人加上", replace: "找人替换", inPlaceOf: "顶替谁（加人就留空）",
        assignTitle: "手工指派", assignHelp: "先预览：会显示是否违反硬性规则、扣分怎样变化，确认后才保存。", preview: "预览",
        candidatesTitle: "可以接替的人", choose: "选这个人",
        previewTitle: "保存前预览",
        breaks: "这样排会违反硬性规则，不能保存：", breaksNothing: "这样排不违反任何硬性规则。",
        penaltyBefore: "调整前扣分", penaltyAfter: "调整后扣分",
        saveToDraft: "保存到草稿", editSaved: "已保存到草稿。",
        editChange: { date, post, added, removed in "\(date) \(post)：" + (removed.map { "\($0) → \(added)" } ?? "加上 \(added)") },
        recordAttendance: "登记考勤异常", status: "情况",
        attendanceStatus: { status in
            switch status {
            case "absent": "缺勤"
            case "late": "迟到"
            case "extra": "加班"
            default: status
            }
        },
        recordRepair: "登记报修", repairsTitle: "报修单", repairID: "报修单号", reported: "报修时间", completed: "完成时间", kind: "类别", responsible: "负责人",
        repairKind: { $0 == "major" ? "大修" : $0 == "minor" ? "小修" : $0 },
        repairRule: "小修不隔夜、大修不隔天：小修应在报修当天修好，大修应在第二天之内修好。", due: "期限",
        overdue: "⚠ 超时", openTicket: "未完成", onTime: "按时", markDone: "标记已修好",
        recordSaved: "已保存。",
        requestsTitle: "下月的申请", requestsHelp: "想休息的日子，或想上的岗位；排班时会尽量满足。",
        requestKind: "申请", wantOff: "想休息", wantPost: "想上班", anyPost: "任何岗位", requestSaved: "申请已提交。",
        myRequests: "我的申请",
        qrCaption: "用手机相机扫这个二维码，即可订阅。",
        importTitle: "导入资料", importHelp: "选择数据文件夹里的文件（posts.csv、staff.csv、demand.csv、leave.csv 等，以及 rules.yaml、rubric.yaml），可以一次选多个；没选的文件保持数据库里的样子，所以只选改过的文件就行。人员、岗位等主数据会被替换，记录只补充新的；有任何错误就整体不导入，数据库保持原样。Excel 或 WPS 另存的 CSV（UTF-8 或 GB18030）都可以。",
        importFiles: "文件", importButton: "导入",
        imported: "已导入。", importRefused: "没有导入，数据库保持原样。请改正下列问题后再导入：", warnings: "注意",
        rowsAdded: { "新增 \($0) 行（已有的记录不重复添加）" }, rowsReplaced: { "替换为 \($0) 行" },
        usersTitle: "账号", role: "角色", newUser: "添加或修改账号", usersHelp: "同名账号会被改为新的角色、人员和密码。密码至少 8 个字符，只保存其加密散列。",
        roleName: { role in
            switch role {
            case "admin": "总务处主任"
            case "inspector": "检查员"
            case "staff": "员工"
            default: role
            }
        },
        userSaved: { "已保存账号 \($0)。" },
        appraisalMonth: "月度考核", appraisalTerm: "学期考核", termFrom: "从", termTo: "到", show: "查看",
        noAppraisalYet: { "\($0) 的值班表还没有发布，暂不能考核。" }
    )
}
