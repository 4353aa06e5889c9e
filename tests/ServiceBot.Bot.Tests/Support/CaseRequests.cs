using System.Net;
using System.Net.Http.Json;

namespace ServiceBot.Bot.Tests.Support;

/// <summary>Cases filed through <c>POST /api/cases</c> by a signed-in enterprise user, with the demo contact 王建国.</summary>
internal static class CaseRequests
{
    /// <summary>Files a problem and returns its number; with a conversation, the case belongs to that chat.</summary>
    public static async Task<string> ReportAsync(
        this HttpClient enterprise, string description, string? category = null, string? channel = null, string? conversationId = null)
    {
        var created = await (await enterprise.PostAsJsonAsync("/api/cases", new
        {
            type = "Problem",
            category,
            description,
            urgency = "Normal",
            complexity = "Normal",
            contactName = "王建国",
            contactMobile = "13957900001",
            channel,
            conversationId,
        })).OkJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("number").GetString()!;
    }
}
