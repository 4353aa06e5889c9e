using ServiceBot.Domain.Users;

namespace ServiceBot.Bot.Console.Shared;

/// <summary>
/// The menu of each role, the most used entry first (it is also where signing in lands). Only a convenience: every
/// page's requests are authorized by the application layer whatever the menu shows.
/// </summary>
public static class ConsoleNavigation
{
    private static readonly NavItem Inbox = new("待办诉求", "/console/cases", "本单位牵头和协办的在办诉求，最紧急的在前");
    private static readonly NavItem AllCases = new("全部诉求", "/console/cases?filter=All&order=Newest", "按条件查找诉求");
    private static readonly NavItem Triage = new("待交办", "/console/triage", "新受理的诉求及系统建议的承办单位");
    private static readonly NavItem Rulings = new("待裁定", "/console/rulings", "退单和延期申请");
    private static readonly NavItem Handoffs = new("转人工", "/console/handoffs", "在聊天中等待人工服务的企业和访客", LiveCount: "handoffs");
    private static readonly NavItem OpenCases = new("在办诉求", "/console/cases", "所有在办诉求，最紧急的在前");
    private static readonly NavItem Cockpit = new("驾驶舱", "/console/cockpit", "实时统计和红黄蓝灯");
    private static readonly NavItem Ranking = new("单位考核", "/console/cockpit/ranking", "各单位指标、得分和排名");
    private static readonly NavItem Trends = new("趋势", "/console/cockpit/trends", "近一年的月度走势");
    private static readonly NavItem Report = new("月报", "/console/cockpit/report", "可打印、可导出的月度报告");
    private static readonly NavItem Escalated = new("提级诉求", "/console/escalated", "提级到县领导、待批示的诉求");
    private static readonly NavItem KeyEnterprises = new("重点企业", "/console/keyenterprises", "县领导联系的重点企业及其诉求");
    private static readonly NavItem Bureaus = new("单位目录", "/console/bureaus", "责任单位及职责");
    private static readonly NavItem Settings = new("时限规则", "/console/settings", "办理时限、预警和督办规则");
    private static readonly NavItem Calendar = new("节假日", "/console/calendar", "法定节假日和调休安排");
    private static readonly NavItem Policies = new("政策文件", "/console/policies", "政策库的上传、替换和废止");
    private static readonly NavItem Messages = new("消息", "/console/notifications", "系统发给您的提醒");

    public static IReadOnlyList<NavItem> For(Role role) => role switch
    {
        Role.BureauStaff or Role.BureauHead => [Inbox, AllCases, Messages],
        Role.Coordinator => [Triage, Handoffs, Rulings, OpenCases, AllCases, Cockpit, Ranking, KeyEnterprises, Bureaus, Policies, Settings, Calendar, Messages],
        Role.CountyLeader => [Cockpit, Escalated, KeyEnterprises, Ranking, Trends, Report, AllCases, Messages],
        Role.Admin => [Bureaus, Policies, Calendar, Settings, Handoffs, Messages],
        _ => [],
    };

    /// <summary>Where a user lands after signing in.</summary>
    public static string Home(Role role) => For(role) is [var first, ..] ? first.Href : "/console/denied";
}
