using ServiceBot.Application.Policies.ListPolicyDocuments;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Policies;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Policies.ListPolicyDocuments;

public sealed class ListPolicyDocumentsHandlerTests(SeededPolicies seeded) : IClassFixture<SeededPolicies>
{
    [Fact]
    public async Task List_ShowsTheSeedCorpus_WithItsMetadataAndValidityToday()
    {
        var documents = (await seeded.Services.SendAsync(TestActors.Coordinator, new ListPolicyDocumentsQuery())).Value;

        var shangyu = documents.Single(d => d.Key == SeededPolicies.Shangyu);
        var pujiang = documents.Single(d => d.Key == SeededPolicies.Pujiang);
        Assert.Equal("上虞区新一轮制造业“腾笼换鸟、凤凰涅槃”攻坚行动方案", shangyu.Title);
        Assert.Equal("上虞区", shangyu.Region);
        Assert.Equal(PolicyValidityStatus.Expired, shangyu.Validity.Status);
        Assert.Equal("本方案自公布之日起30日后施行,有效期至2023年12月31日。", shangyu.Validity.Clause);
        Assert.Equal(37, shangyu.ArticleCount);
        Assert.Equal("浦江县关于深入实施“工业强县”战略 推动制造业高质量发展的意见", pujiang.Title);
        Assert.Equal("浦江县经济商务局办公室", pujiang.Publisher);
        Assert.Equal("浦江县", pujiang.Region);
        Assert.Equal(PolicyValidityStatus.InForce, pujiang.Validity.Status);
        Assert.Equal(29, pujiang.ArticleCount);
        Assert.Equal("系统", pujiang.UpdatedBy);
    }

    [Fact]
    public async Task List_IsRefused_ForEnterpriseUsers()
    {
        var result = await seeded.Services.SendAsync(TestActors.Entrepreneur, new ListPolicyDocumentsQuery());

        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
    }
}
