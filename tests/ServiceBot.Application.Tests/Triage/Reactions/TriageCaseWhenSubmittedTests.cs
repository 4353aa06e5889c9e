using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Cases.DispatchCase;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Triage;
using ServiceBot.Application.Triage.TriageProblem;
using ServiceBot.Domain.Cases;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Triage.Reactions;

/// <summary>New cases are triaged through the outbox and dispatched automatically when triage is confident enough.</summary>
public sealed class TriageCaseWhenSubmittedTests
{
    [Fact]
    public async Task Handle_DispatchesAsSystem_WhenTriageIsConfident()
    {
        await using var services = await TestServices.StartAsync();
        var number = await CreateAsync(services, TriageCases.PowerCuts);

        await services.ProcessOutboxAsync();

        var c = await LoadAsync(services, number);
        Assert.Equal(CaseState.Dispatched, c.State);
        Assert.Equal("gdgs", c.LeadBureauCode);
        Assert.Equal("gdgs", c.SuggestedBureauCode);
        Assert.True(c.TriageConfidence >= new TriageOptions().AutoDispatchThreshold);
        Assert.Contains("国网县供电公司", c.TriageExplanation);
        Assert.Equal("水电气", c.Category);
        Assert.Empty(c.CoHandlers);
        var dispatch = Assert.Single(c.Timeline, t => t.Action == "Dispatch");
        Assert.Equal("system", dispatch.ActorId);
    }

    [Fact]
    public async Task Handle_LeavesCaseWithCoordinator_WhenConfidenceIsBelowThreshold()
    {
        await using var services = await TestServices.StartAsync(settings: new Dictionary<string, string?> { ["Triage:AutoDispatchThreshold"] = "1" });
        var number = await CreateAsync(services, TriageCases.PowerCuts);

        await services.ProcessOutboxAsync();

        var c = await LoadAsync(services, number);
        Assert.Equal(CaseState.Submitted, c.State);
        Assert.Null(c.LeadBureauCode);
        Assert.Equal("gdgs", c.SuggestedBureauCode);
        Assert.False(string.IsNullOrEmpty(c.TriageExplanation));
    }

    [Fact]
    public async Task Handle_LeavesCaseWithCoordinator_WhenAutoDispatchIsOff()
    {
        await using var services = await TestServices.StartAsync(settings: new Dictionary<string, string?> { ["Triage:AutoDispatch"] = "false" });
        var number = await CreateAsync(services, TriageCases.PowerCuts);

        await services.ProcessOutboxAsync();

        var c = await LoadAsync(services, number);
        Assert.Equal(CaseState.Submitted, c.State);
        Assert.Equal("gdgs", c.SuggestedBureauCode);
    }

    [Fact]
    public async Task Handle_OnlyRecordsTheProposal_WhenTheCoordinatorDispatchedFirst()
    {
        await using var services = await TestServices.StartAsync();
        var number = await CreateAsync(services, TriageCases.PowerCuts);
        Assert.True((await services.SendAsync(TestActors.Coordinator, new DispatchCaseCommand(number, "jxj", [], false))).IsSuccess);

        await services.ProcessOutboxAsync();

        var c = await LoadAsync(services, number);
        Assert.Equal("jxj", c.LeadBureauCode);
        Assert.Equal("gdgs", c.SuggestedBureauCode);
        Assert.Single(c.Timeline, t => t.Action == "Dispatch");
    }

    [Fact]
    public async Task Handle_DispatchesWithProposedCoHandlers_WhenConfigured()
    {
        // Land and a fire inspection: the model proposes a co-handler for it (the first assertion checks that it still does).
        const string Mixed = "我们想扩建厂房但是没有地，新厂房的消防验收也一直办不下来";
        await using var services = await TestServices.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Triage:AutoDispatchThreshold"] = "0",
            ["Triage:AutoDispatchCoHandlers"] = "true",
        });
        var proposal = (await services.SendAsync(null, new TriageProblemQuery(Mixed))).Value;
        Assert.NotEmpty(proposal.CoHandlers);
        var number = await CreateAsync(services, Mixed);

        await services.ProcessOutboxAsync();

        var c = await LoadAsync(services, number);
        Assert.Equal(proposal.Bureau.Code, c.LeadBureauCode);
        Assert.Equal(proposal.CoHandlers.Select(h => h.Code).Order(), c.CoHandlers.Select(h => h.BureauCode).Order());
    }

    private static async Task<string> CreateAsync(TestServices services, string description)
    {
        var created = await services.SendAsync(TestActors.Coordinator, TriageCases.Problem(description));
        Assert.True(created.IsSuccess, created.Error?.Message);
        return created.Value.Number;
    }

    private static Task<Case> LoadAsync(TestServices services, string number) =>
        services.InScopeAsync(TestActors.Coordinator, sp => sp.GetRequiredService<IApplicationDbContext>().Cases
            .Include(c => c.CoHandlers)
            .Include(c => c.Timeline)
            .AsNoTracking()
            .SingleAsync(c => c.Number == number));
}
