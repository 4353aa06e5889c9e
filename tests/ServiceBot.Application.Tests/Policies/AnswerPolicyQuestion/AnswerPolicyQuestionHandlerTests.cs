using ServiceBot.Application.Policies.AddPolicyDocument;
using ServiceBot.Application.Policies.AnswerPolicyQuestion;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Policies;
using ServiceBot.Language.PolicyText;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Policies.AnswerPolicyQuestion;

/// <summary>The examples at the service level, over the seed corpus on Monday 2026-11-23.</summary>
public sealed class AnswerPolicyQuestionHandlerTests(SeededPolicies seeded) : IClassFixture<SeededPolicies>
{
    [Fact]
    public async Task Answer_QuotesPujiangArticle20AndItsTerms_ForTheLandQuestion()
    {
        var answer = await AnswerAsync("我们想扩建厂房但没有地，县里对年税收500万以上的企业有什么用地政策？");

        Assert.Equal(PolicyAnswerKind.Answered, answer.Kind);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(seeded.Documents[SeededPolicies.Pujiang], citation.DocumentId);
        Assert.Equal("第20条", citation.Citation);
        Assert.Equal("加强工业用地保障", citation.Heading);
        var quoted = string.Concat(citation.Quotes);
        Assert.Contains("年税收500万元以上", quoted);
        Assert.Contains("优先供地", quoted);
        Assert.Contains("提高容积率,不再增收土地价款", quoted);
        Assert.Contains(citation.Figures, f => f is { Kind: PolicyFigureKind.Amount, Text: "500万元以上", Value: 500, Unit: "万元", Qualifier: "以上" });
        Assert.Equal(PolicyValidityStatus.InForce, citation.Validity.Status);
        Assert.StartsWith($"根据《{citation.DocumentTitle}》第20条（加强工业用地保障）：", answer.Text);
        Assert.Contains("“优先保障处于“青春期”快速发展的细分行业头部企业和高税无地企业用地,对年税收500万元以上且有用地需求的制造业企业优先供地。”", answer.Text);
        Assert.Equal("以上解答是否解决了您的问题？", answer.FollowUp);
        Assert.EndsWith(answer.FollowUp, answer.Text);
    }

    [Fact]
    public async Task Answer_SaysTheShangyuPlanExpiredAtTheEndOf2023()
    {
        var answer = await AnswerAsync("上虞新增的工业用地项目是不是都要按标准地出让？");

        Assert.Equal(PolicyAnswerKind.Answered, answer.Kind);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal(seeded.Documents[SeededPolicies.Shangyu], citation.DocumentId);
        Assert.Equal("（一）4.", citation.Citation);
        Assert.Equal(PolicyValidityStatus.Expired, citation.Validity.Status);
        Assert.Equal(new DateOnly(2023, 12, 31), citation.Validity.EffectiveUntil);
        Assert.Contains("该政策已于2023年12月31日到期", answer.Text);
        Assert.Equal(["区自然资源和规划分局", "区经信局", "区市场监管局"], citation.ResponsibleUnits.Select(u => u.Name));
        Assert.Equal(["zrzy", "jxj", "scjg"], citation.ResponsibleUnits.Select(u => u.BureauCode));
    }

    [Fact]
    public async Task Answer_SaysSoPlainly_AndOffersACaseForTheCoordinatorToDispatch_WhenNothingMatches()
    {
        var answer = await AnswerAsync("出口退税多久能到账？");

        Assert.Equal(PolicyAnswerKind.NoAnswer, answer.Kind);
        Assert.Empty(answer.Citations);
        Assert.Null(answer.FollowUp);
        Assert.StartsWith("抱歉，现有的政策文件里没有找到能直接回答这个问题的条款。", answer.Text);
        Assert.Equal(ConsultationRouting.Coordinator, answer.Consultation.Routing);
        Assert.Null(answer.Consultation.BureauCode);
        Assert.Equal(CaseComplexity.Complex, answer.Consultation.Complexity);
        Assert.Equal(3, answer.Consultation.AnswerWorkingDays);
        Assert.Equal(new DateOnly(2026, 11, 26), answer.Consultation.DueIfDispatchedToday);
        Assert.Contains("3个工作日内答复（如今日交办，最迟2026年11月26日前答复）", answer.Text);
    }

    [Fact]
    public async Task Answer_OffersACaseForTheResponsibleUnitOfAWeakMatch_WithItsDeadline()
    {
        var answer = await AnswerAsync("上虞有没有支持企业上云的政策？");

        Assert.Equal(PolicyAnswerKind.NoAnswer, answer.Kind);
        Assert.Equal("（一）5.", answer.Citations[0].Citation);
        Assert.Equal(ConsultationRouting.ResponsibleUnit, answer.Consultation.Routing);
        Assert.Equal("jxj", answer.Consultation.BureauCode);
        Assert.Equal("县经济和信息化局", answer.Consultation.BureauName);
        Assert.Equal(CaseComplexity.Simple, answer.Consultation.Complexity);
        Assert.Equal(1, answer.Consultation.AnswerWorkingDays);
        Assert.Equal(new DateOnly(2026, 11, 24), answer.Consultation.DueIfDispatchedToday);
        Assert.Contains("可能相关的条款：《上虞区新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动方案》（一）5.", answer.Text);
        Assert.Contains("转县经济和信息化局答复，1个工作日内办结", answer.Text);
    }

    [Fact]
    public async Task Answer_OffersAChoice_WhenTwoDocumentsAnswerAboutEquallyWell()
    {
        var answer = await AnswerAsync("规上企业数字化改造什么时候实现全覆盖？");

        Assert.Equal(PolicyAnswerKind.Choices, answer.Kind);
        Assert.Equal(["第4条", "（五）2."], answer.Citations.Select(c => c.Citation).Order(StringComparer.Ordinal));
        Assert.StartsWith("找到几条相关的政策条款，请选择您想了解的：", answer.Text);
        Assert.Contains("（深化制造业数字化改造提升）（已到期）", answer.Text);
    }

    [Fact]
    public async Task Answer_IsRefused_ForAnEmptyQuestion()
    {
        var result = await seeded.Services.SendAsync(null, new AnswerPolicyQuestionQuery("  "));

        Assert.Equal(ErrorKind.Validation, result.Error?.Kind);
        Assert.Contains("请输入您想咨询的政策问题", result.Error!.Message);
    }

    [Fact]
    public async Task Answer_SaysWhenAPolicyTakesEffect_BeforeItDoes()
    {
        await using var services = await TestServices.StartAsync(settings: new Dictionary<string, string?> { ["Policies:SeedDocuments"] = "false" });
        var upload = new AddPolicyDocumentCommand(
            "equipment.md",
            "# 关于支持企业设备更新的若干措施\n\n1. 设备更新补助。对设备投资500万元以上的技术改造项目，按设备投资额的10%给予补助。\n"u8.ToArray(),
            new PolicyMetadataInput(EffectiveFrom: new DateOnly(2027, 1, 1)));
        Assert.True((await services.SendAsync(TestActors.Admin, upload)).IsSuccess);

        var answer = (await services.SendAsync(null, new AnswerPolicyQuestionQuery("设备投资500万元以上的技术改造项目补助多少？"))).Value;

        Assert.Equal(PolicyAnswerKind.Answered, answer.Kind);
        Assert.Equal(PolicyValidityStatus.NotYetEffective, answer.Citations[0].Validity.Status);
        Assert.Contains("该政策将于2027年1月1日起施行", answer.Text);
        Assert.Contains(answer.Citations[0].Figures, f => f.Text == "10%");
    }

    private async Task<PolicyAnswer> AnswerAsync(string question)
    {
        var result = await seeded.Services.SendAsync(null, new AnswerPolicyQuestionQuery(question));
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }
}
