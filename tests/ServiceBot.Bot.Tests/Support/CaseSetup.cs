using System.Net;
using System.Net.Http.Json;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>
/// Puts fresh cases into the state a test needs through the public API, as the people concerned would: intake and
/// dispatch by the coordinator office to 自然资源和规划局 (zrzy) with 经信局 (jxj) co-handling, then the bureau's and the
/// enterprise's own actions.
/// </summary>
public sealed class CaseSetup(ServiceBotApp app)
{
    public const string Lead = "zrzy";
    public const string CoHandler = "jxj";

    public async Task<string> SubmittedAsync(string? conversationId = null)
    {
        var dispatcher = await app.LoginAsync("dispatcher");
        var created = await (await dispatcher.PostAsJsonAsync("/api/cases", new
        {
            type = "Problem",
            category = "用地",
            description = "我们公司年纳税600多万，订单增长很快，想扩建厂房但厂区没有空地了，希望优先安排工业用地。",
            urgency = "Normal",
            complexity = "Normal",
            contactName = "王建国",
            contactMobile = "13957900001",
            channel = conversationId is null ? "api" : "webchat",
            conversationId,
            enterpriseName = "浦江县晶彩水晶有限公司",
            enterpriseCreditCode = "91330726MA28D4K2XB",
        })).OkJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("number").GetString()!;
    }

    public async Task<string> DispatchedAsync(bool requiresApproval = false)
    {
        var number = await SubmittedAsync();
        await ActAsync("dispatcher", number, "dispatch", new { leadBureau = Lead, coHandlers = new[] { CoHandler }, requiresAnswerApproval = requiresApproval });
        return number;
    }

    public async Task<string> HandlingAsync(bool requiresApproval = false)
    {
        var number = await DispatchedAsync(requiresApproval);
        await ActAsync($"staff-{Lead}", number, "sign-for");
        return number;
    }

    public async Task<string> InStateAsync(string state) => state switch
    {
        "Submitted" => await SubmittedAsync(),
        "Dispatched" => await DispatchedAsync(),
        "Handling" => await HandlingAsync(),
        "ReturnRequested" => await ThenAsync(await DispatchedAsync(), $"staff-{Lead}", "request-return", new { reason = "不属于本单位职责，建议交经信局。" }),
        "ExtensionRequested" => await ThenAsync(await HandlingAsync(), $"staff-{Lead}", "request-extension", new { dueDate = "2027-01-15", reason = "需要调整规划。" }),
        "AnswerPendingApproval" => await ThenAsync(await HandlingAsync(requiresApproval: true), $"staff-{Lead}", "answer", new { text = "已纳入下批次工业用地供应计划。" }),
        "Answered" => await ThenAsync(await HandlingAsync(), $"staff-{Lead}", "answer", new { text = "已纳入下批次工业用地供应计划。" }),
        "Closed" => await ThenAsync(await InStateAsync("Answered"), "dispatcher", "close", new { reason = "企业电话确认已解决。" }),
        "Elevated" => await ThenAsync(await HandlingAsync(), "dispatcher", "escalate-to-leader", new { reason = "事关重大项目落地。" }),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "No such setup."),
    };

    public async Task ActAsync(string user, string number, string action, object? body = null) =>
        await (await (await app.LoginAsync(user)).ActAsync(number, action, body)).OkJsonAsync();

    private async Task<string> ThenAsync(string number, string user, string action, object body)
    {
        await ActAsync(user, number, action, body);
        return number;
    }
}
