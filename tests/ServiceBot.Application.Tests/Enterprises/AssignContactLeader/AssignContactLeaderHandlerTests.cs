using ServiceBot.Application.Conversations.LinkChatUser;
using ServiceBot.Application.Enterprises.AssignContactLeader;
using ServiceBot.Application.Enterprises.ListKeyEnterprises;
using ServiceBot.Application.Tests.Conversations;
using ServiceBot.Domain.Common;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Enterprises.AssignContactLeader;

public sealed class AssignContactLeaderHandlerTests
{
    private const string CreditCode = "91330726MA2XXXXXXN";

    [Fact]
    public async Task Assign_PutsTheEnterpriseOnTheLeadersList_AndNoLeaderTakesItOff()
    {
        await using var services = await StartWithEnterpriseAsync();

        var assigned = await services.SendAsync(TestActors.Coordinator, new AssignContactLeaderCommand(CreditCode, "industry-deputy"));
        var listed = await KeyEnterprisesAsync(services, "industry-deputy");
        await services.SendAsync(TestActors.Coordinator, new AssignContactLeaderCommand(CreditCode, null));

        Assert.Equal("浦江县某某机械有限公司", assigned.Value);
        Assert.Equal(["浦江县某某机械有限公司"], listed);
        Assert.Empty(await KeyEnterprisesAsync(services, null));
    }

    [Fact]
    public async Task Assign_AnswersNotFound_ForAnEnterpriseTheSystemDoesNotKnow()
    {
        await using var services = await StartWithEnterpriseAsync();

        var assigned = await services.SendAsync(TestActors.Coordinator, new AssignContactLeaderCommand("91330726MA2CE5TL3E", "industry-deputy"));

        Assert.Equal(ErrorKind.NotFound, assigned.Error!.Kind);
    }

    [Theory]
    [InlineData(CreditCode, "deputy-nobody", "未找到县领导 deputy-nobody。")]
    [InlineData("91330726MA2XXXXXX1", "industry-deputy", "请填写正确的18位统一社会信用代码。")]
    public async Task Assign_IsRefusedInChinese_ForAnUnknownLeaderOrAMistypedCode(string creditCode, string leader, string message)
    {
        await using var services = await StartWithEnterpriseAsync();

        var assigned = await services.SendAsync(TestActors.Coordinator, new AssignContactLeaderCommand(creditCode, leader));

        Assert.Equal((ErrorKind.Validation, message), (assigned.Error!.Kind, assigned.Error.Message));
        Assert.Empty(await KeyEnterprisesAsync(services, null));
    }

    [Fact]
    public async Task Assign_IsForbidden_ForBureausAndLeaders()
    {
        await using var services = await StartWithEnterpriseAsync();

        var byStaff = await services.SendAsync(TestActors.LeadStaff, new AssignContactLeaderCommand(CreditCode, "industry-deputy"));
        var byLeader = await services.SendAsync(TestActors.Leader, new AssignContactLeaderCommand(CreditCode, "industry-deputy"));

        Assert.Equal((ErrorKind.Forbidden, ErrorKind.Forbidden), (byStaff.Error!.Kind, byLeader.Error!.Kind));
    }

    private static async Task<TestServices> StartWithEnterpriseAsync()
    {
        var services = await TestServices.StartAsync();
        var conversation = await ChatConversations.StartAsync(services);
        await services.SendAsync(null, new LinkChatUserCommand(conversation, "浦江县某某机械有限公司", CreditCode, "张伟", "13857900000"));
        return services;
    }

    private static async Task<IReadOnlyList<string>> KeyEnterprisesAsync(TestServices services, string? leader) =>
        [.. (await services.SendAsync(TestActors.Coordinator, new ListKeyEnterprisesQuery(leader))).Value.Items.Select(e => e.Name)];
}
