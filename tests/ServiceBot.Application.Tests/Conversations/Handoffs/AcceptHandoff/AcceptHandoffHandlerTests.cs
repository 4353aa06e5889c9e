using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Application.Conversations.Handoffs.AcceptHandoff;
using ServiceBot.Application.Conversations.Handoffs.GetHandoff;
using ServiceBot.Application.Conversations.Handoffs.LeaveHandoff;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Conversations.Handoffs.AcceptHandoff;

public sealed class AcceptHandoffHandlerTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Accept_MakesItActiveAndTellsTheUserOnce_WhenWaiting()
    {
        var (conversation, handoff) = await HandoffSetup.WaitingAsync(_services);
        _services.Clock.Advance(TimeSpan.FromMinutes(4));

        var accepted = await _services.SendAsync(HandoffSetup.Dispatcher, new AcceptHandoffCommand(handoff));

        var detail = (await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffQuery(handoff))).Value;
        var told = Assert.Single(await HandoffSetup.ChatMessagesAsync(_services, conversation));
        Assert.True(accepted.IsSuccess);
        Assert.Equal((HandoffStatus.Active, "三服务办 调度员"), (detail.Handoff.Status, detail.Handoff.AcceptedByName));
        Assert.Equal(_services.Clock.GetUtcNow(), detail.Handoff.AcceptedAt);
        Assert.Equal("三服务办工作人员已接入，请直接输入您的问题。", told.Text);
        Assert.Equal(["结束人工"], told.Actions.Select(a => a.Value));
    }

    [Fact]
    public async Task Accept_AnswersConflictNamingWhoAccepted_WhenSomeoneElseAcceptedFirst()
    {
        var (conversation, handoff) = await HandoffSetup.ActiveAsync(_services);

        var second = await _services.SendAsync(HandoffSetup.Admin, new AcceptHandoffCommand(handoff));

        Assert.Equal(ErrorKind.Conflict, second.Error!.Kind);
        Assert.Equal("已由三服务办 调度员接入。", second.Error.Message);
        Assert.Single(await HandoffSetup.ChatTextsAsync(_services, conversation));
    }

    [Fact]
    public async Task Accept_AnswersConflict_WhenTheUserLeftFirst()
    {
        var (conversation, handoff) = await HandoffSetup.WaitingAsync(_services);
        await _services.SendAsync(null, new LeaveHandoffCommand(conversation));

        var accepted = await _services.SendAsync(HandoffSetup.Dispatcher, new AcceptHandoffCommand(handoff));

        Assert.Equal((ErrorKind.Conflict, "人工服务已结束。"), (accepted.Error!.Kind, accepted.Error.Message));
        Assert.Empty(await HandoffSetup.ChatTextsAsync(_services, conversation));
    }

    [Fact]
    public async Task Accept_LetsExactlyOneWin_WhenTwoAcceptAtOnce()
    {
        var (conversation, handoff) = await HandoffSetup.WaitingAsync(_services);

        var results = await Task.WhenAll(
            _services.SendAsync(HandoffSetup.Dispatcher, new AcceptHandoffCommand(handoff)),
            _services.SendAsync(HandoffSetup.Admin, new AcceptHandoffCommand(handoff)));

        Assert.Single(results, r => r.IsSuccess);
        Assert.Single(results, r => r.Error?.Kind == ErrorKind.Conflict);
        Assert.Single(await HandoffSetup.ChatTextsAsync(_services, conversation));
    }

    /// <remarks>
    /// Whether two accepts really overlap depends on the database (SQLite lets one writer in at a time, so the second
    /// finds the handoff accepted); this plays the overlap deterministically: the row's version moves between load and save.
    /// </remarks>
    [Fact]
    public async Task Accept_AnswersConcurrencyConflictAndKeepsNothing_WhenTheHandoffChangedAfterItWasLoaded()
    {
        var interceptor = new VersionBumpingInterceptor();
        await using var services = await TestServices.StartAsync(configure: s => s.ConfigureDbContext<ServiceBotDbContext>((_, o) => o.AddInterceptors(interceptor)));
        var (conversation, handoff) = await HandoffSetup.WaitingAsync(services);
        interceptor.Arm();

        var accepted = await services.SendAsync(HandoffSetup.Dispatcher, new AcceptHandoffCommand(handoff));

        var detail = (await services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffQuery(handoff))).Value;
        Assert.Equal((ErrorKind.Conflict, "concurrency"), (accepted.Error!.Kind, accepted.Error.Code));
        Assert.Equal(HandoffStatus.Waiting, detail.Handoff.Status);
        Assert.Empty(await HandoffSetup.ChatTextsAsync(services, conversation));
    }

    [Theory]
    [InlineData(Role.BureauStaff)]
    [InlineData(Role.BureauHead)]
    [InlineData(Role.CountyLeader)]
    [InlineData(Role.EnterpriseUser)]
    public async Task Accept_IsForbidden_ForRolesOutsideTheOffice(Role role)
    {
        var (_, handoff) = await HandoffSetup.WaitingAsync(_services);

        var accepted = await _services.SendAsync(new Actor("x", "某人", role, role is Role.BureauStaff or Role.BureauHead ? "zrzy" : null), new AcceptHandoffCommand(handoff));

        Assert.Equal(ErrorKind.Forbidden, accepted.Error!.Kind);
    }

    [Fact]
    public async Task Accept_AnswersNotFound_ForAnUnknownHandoff()
    {
        var accepted = await _services.SendAsync(HandoffSetup.Dispatcher, new AcceptHandoffCommand(Guid.NewGuid()));

        Assert.Equal(ErrorKind.NotFound, accepted.Error!.Kind);
    }
}
