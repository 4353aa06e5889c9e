using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Api.Policies;

/// <summary>The policy knowledge base through the HTTP API: public search and answers, documents for administrators.</summary>
public sealed class PolicyEndpointsTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    private const string Markdown = """
        # 关于支持企业设备更新的若干措施

        1. 设备更新补助。对设备投资500万元以上的技术改造项目，按设备投资额的10%给予补助，最高不超过200万元。（责任单位：县经信局、县财政局）
        2. 首台套奖励。对认定为省级首台（套）的装备产品，给予一次性奖励50万元。
        """;

    [Fact]
    public async Task Search_RanksArticlesForAnyone_WithDocumentArticleTextScoreAndValidity()
    {
        var response = await app.Anonymous().GetAsync($"/api/policies/search?q={Uri.EscapeDataString("年税收500万元以上的企业优先供地")}&top=3");

        var results = await response.OkJsonAsync();
        Assert.Equal(3, results.GetArrayLength());
        var best = results[0];
        Assert.Equal("第20条", best.GetProperty("citation").GetString());
        Assert.StartsWith("浦江县", best.GetProperty("documentTitle").GetString());
        Assert.StartsWith("开展低效工业用地", best.GetProperty("text").GetString());
        Assert.True(best.GetProperty("score").GetDouble() > results[1].GetProperty("score").GetDouble());
        Assert.Equal("InForce", best.GetProperty("validity").GetProperty("status").GetString());
        Assert.True(best.GetProperty("confident").GetBoolean());
    }

    [Fact]
    public async Task Answer_QuotesTheArticle_AndFlagsAnExpiredPlan()
    {
        var land = await (await app.Anonymous().GetAsync($"/api/policies/answer?q={Uri.EscapeDataString("我们想扩建厂房但没有地，县里对年税收500万以上的企业有什么用地政策？")}")).OkJsonAsync();
        var expired = await (await app.Anonymous().GetAsync($"/api/policies/answer?q={Uri.EscapeDataString("上虞新增工业用地项目都要按标准地出让吗？")}")).OkJsonAsync();

        Assert.Equal("Answered", land.GetProperty("kind").GetString());
        Assert.Equal("第20条", land.GetProperty("citations")[0].GetProperty("citation").GetString());
        Assert.Contains("不再增收土地价款", land.GetProperty("text").GetString());
        Assert.Equal("500万元以上", land.GetProperty("citations")[0].GetProperty("figures")[0].GetProperty("text").GetString());
        Assert.Contains("该政策已于2023年12月31日到期", expired.GetProperty("text").GetString());
        Assert.Equal("2023-12-31", expired.GetProperty("citations")[0].GetProperty("validity").GetProperty("effectiveUntil").GetString());
    }

    [Fact]
    public async Task Answer_OffersAConsultation_ForAnUncoveredQuestion()
    {
        var answer = await (await app.Anonymous().GetAsync($"/api/policies/answer?q={Uri.EscapeDataString("员工社保断缴了怎么补缴？")}")).OkJsonAsync();

        Assert.Equal("NoAnswer", answer.GetProperty("kind").GetString());
        var offer = answer.GetProperty("consultation");
        Assert.Equal(3, offer.GetProperty("answerWorkingDays").GetInt32());
        Assert.Equal("2026-11-26", offer.GetProperty("dueIfDispatchedToday").GetString());
        Assert.Equal("Complex", offer.GetProperty("complexity").GetString());
    }

    [Fact]
    public async Task Search_AnswersProblemDetailsInChinese_ForAMissingQuestion()
    {
        var problem = await (await app.Anonymous().GetAsync("/api/policies/search")).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("请输入要查询的问题或关键词。", problem.GetProperty("detail").GetString());
        Assert.Equal("request.invalid", problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Documents_CanBeUploadedReplacedAndWithdrawn_ByAnAdministrator()
    {
        var admin = await app.LoginAsync("admin");

        var created = await (await admin.PostAsync("/api/policies/documents", Upload("equipment.md", Markdown, ("effectiveUntil", "2027-12-31")))).OkJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal("关于支持企业设备更新的若干措施", created.GetProperty("title").GetString());
        Assert.Equal("2027-12-31", created.GetProperty("validity").GetProperty("effectiveUntil").GetString());
        Assert.Equal(await Found(), id);

        var replaced = await (await admin.PutAsync($"/api/policies/documents/{id}", Upload("equipment-v2.md", Markdown.Replace("200万元", "300万元", StringComparison.Ordinal)))).OkJsonAsync();
        Assert.Equal(2, replaced.GetProperty("currentVersion").GetInt32());
        var detail = await (await admin.GetAsync($"/api/policies/documents/{id}?version=1")).OkJsonAsync();
        Assert.Contains("200万元", detail.GetProperty("articles")[0].GetProperty("text").GetString());
        Assert.Equal(2, detail.GetProperty("versions").GetArrayLength());

        var withdrawn = await (await admin.DeleteAsync($"/api/policies/documents/{id}?reason={Uri.EscapeDataString("已废止")}")).OkJsonAsync();
        Assert.Equal("Withdrawn", withdrawn.GetProperty("status").GetString());
        Assert.Null(await Found());
        var list = await (await admin.GetAsync("/api/policies/documents")).OkJsonAsync();
        Assert.Contains(list.EnumerateArray(), d => d.GetProperty("id").GetString() == id && d.GetProperty("status").GetString() == "Withdrawn");

        async Task<string?> Found()
        {
            var results = await (await app.Anonymous().GetAsync($"/api/policies/search?q={Uri.EscapeDataString("设备投资500万元以上技术改造补助")}&top=1")).OkJsonAsync();
            return results.GetArrayLength() > 0 && results[0].GetProperty("documentTitle").GetString() == "关于支持企业设备更新的若干措施" ? results[0].GetProperty("documentId").GetString() : null;
        }
    }

    [Fact]
    public async Task Documents_AreClosedToAnonymousCallersAndBureauStaff()
    {
        var staff = await app.LoginAsync("staff-jxj");

        var anonymous = await app.Anonymous().PostAsync("/api/policies/documents", Upload("a.md", Markdown));
        var forbidden = await (await staff.PostAsync("/api/policies/documents", Upload("a.md", Markdown))).ProblemAsync(HttpStatusCode.Forbidden);
        var list = await staff.GetAsync("/api/policies/documents");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("您的账号无权执行此操作。", forbidden.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Fact]
    public async Task Upload_IsRefusedInChinese_ForAnUnsupportedFileOrABadDate()
    {
        var dispatcher = await app.LoginAsync("dispatcher");

        var pdf = await (await dispatcher.PostAsync("/api/policies/documents", Upload("policy.pdf", "%PDF-1.7"))).ProblemAsync(HttpStatusCode.BadRequest);
        var date = await (await dispatcher.PostAsync("/api/policies/documents", Upload("a.md", Markdown, ("issuedOn", "2024/13/01")))).ProblemAsync(HttpStatusCode.BadRequest);
        var duplicate = await dispatcher.PostAsync("/api/policies/documents", Upload("seed.txt", File.ReadAllText(SeedFile())));

        Assert.Contains("只支持以下格式的文件", pdf.GetProperty("detail").GetString());
        Assert.Contains("日期“2024/13/01”格式不正确", date.GetProperty("errors").GetProperty("issuedOn")[0].GetString());
        Assert.Equal("policy.duplicate", (await duplicate.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString());
    }

    [Fact]
    public void Upload_Endpoints_RaiseTheBodyLimitToTheUploadLimit()
    {
        // The in-memory test server enforces no body limit; Kestrel applies this metadata (checked by hand, see README).
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/policies/documents", StringComparison.Ordinal) == true
                && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Any(m => m is "POST" or "PUT") == true)
            .ToList();

        Assert.Equal(2, endpoints.Count);
        Assert.All(endpoints, e => Assert.Equal((10L * 1024 * 1024) + (64 * 1024), e.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize));
    }

    [Fact]
    public async Task Upload_AcceptsAFileLargerThanTheGeneralBodyLimit()
    {
        var admin = await app.LoginAsync("admin");
        var padding = string.Concat(Enumerable.Repeat("本条款为测试填充内容，用于验证上传大小限制。", 60000));

        var response = await admin.PostAsync("/api/policies/documents", Upload("large.md", Markdown.Replace("一次性奖励50万元。", "一次性奖励50万元。" + padding, StringComparison.Ordinal).Replace("设备更新的", "设备更新（大文件）的", StringComparison.Ordinal)));

        Assert.True(Encoding.UTF8.GetByteCount(padding) > 1024 * 1024);
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("policy.articleTooLong", (await response.ProblemAsync(HttpStatusCode.BadRequest)).GetProperty("code").GetString());
    }

    private static MultipartFormDataContent Upload(string fileName, string content, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    private static string SeedFile() =>
        Path.Combine(ServiceBot.Testing.RepositoryFiles.Root, "backend", "ServiceBot.Infrastructure", "Seeding", "Data", "policies", "pujiang-industrial-county-opinions.txt");
}
