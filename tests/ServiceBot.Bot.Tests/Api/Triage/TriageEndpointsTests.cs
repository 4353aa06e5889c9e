using System.Net;
using System.Net.Http.Json;
using System.Text;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Api.Triage;

/// <summary><c>POST /api/triage</c>: public, answers the proposal with its explanation, refuses bad input in Chinese.</summary>
public sealed class TriageEndpointsTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    [Fact]
    public async Task Post_ProposesBureauConfidenceAndExplanation_WithoutSigningIn()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/triage", new { text = "工业园区最近经常停电，一停就是半天，损失很大" });

        var body = await response.OkJsonAsync();
        Assert.Equal("gdgs", body.GetProperty("bureau").GetProperty("code").GetString());
        Assert.Equal("国网县供电公司", body.GetProperty("bureau").GetProperty("name").GetString());
        Assert.InRange(body.GetProperty("confidence").GetDouble(), 0.5, 1.0);
        Assert.Contains("供电可靠性与停电", body.GetProperty("explanation").GetString());
        var alternatives = body.GetProperty("alternatives").EnumerateArray().ToList();
        Assert.Equal(3, alternatives.Count);
        Assert.All(alternatives, a =>
        {
            Assert.False(string.IsNullOrEmpty(a.GetProperty("code").GetString()));
            Assert.False(string.IsNullOrEmpty(a.GetProperty("name").GetString()));
            Assert.InRange(a.GetProperty("confidence").GetDouble(), 0, 1);
        });
        Assert.Equal("水电气", body.GetProperty("category").GetString());
        // The test app switches automatic dispatch off.
        Assert.False(body.GetProperty("autoDispatch").GetBoolean());
    }

    [Theory]
    [InlineData("{\"text\": \"\"}")]
    [InlineData("{}")]
    [InlineData("")]
    public async Task Post_Answers400InChinese_WhenTextIsMissing(string json)
    {
        var response = await app.Anonymous().PostAsync("/api/triage", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("问题描述", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_Answers400_WhenBodyIsNotJson()
    {
        var response = await app.Anonymous().PostAsync("/api/triage", new StringContent("{text: 停电", Encoding.UTF8, "application/json"));

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("request.malformed", problem.GetProperty("code").GetString());
    }
}
