using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Conversations.Handoffs;
using ServiceBot.Application.Conversations.Handoffs.CloseHandoff;
using ServiceBot.Application.Conversations.Handoffs.GetHandoff;
using ServiceBot.Application.Conversations.Handoffs.ReplyToHandoff;
using ServiceBot.Domain.Common;
using ServiceBot.Infrastructure.Persistence;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Conversations.Handoffs.ReplyToHandoff;

public sealed class ReplyToHandoffHandlerTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Reply_RecordsTheMessageAndQueuesItsRelayExactlyOnce_WhenTheRepliersHandoffIsActive()
    {
        var (conversation, handoff) = await HandoffSetup.ActiveAsync(_services);

        var replied = await _services.SendAsync(HandoffSetup.Dispatcher, new ReplyToHandoffCommand(handoff, "  您好，请问是哪个地块？  "));

        var detail = (await _services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffQuery(handoff))).Value;
        var queued = await QueuedChatMessages.ForAsync(_services.Services, conversation);
        Assert.True(replied.IsSuccess);
        var message = detail.Messages[^1];
        Assert.Equal((2, HandoffParty.Staff, "三服务办 调度员", "您好，请问是哪个地块？"), (message.Sequence, message.Author, message.AuthorName, message.Text));
        Assert.Equal(2, detail.Handoff.MessageCount);
        Assert.Equal(["三服务办工作人员已接入，请直接输入您的问题。", "【三服务办】您好，请问是哪个地块？"], queued.Select(q => q.Message.Text));
        Assert.Single(queued, q => q.Key.EndsWith(":" + conversation, StringComparison.Ordinal) && q.Message.Text.StartsWith("【三服务办】", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reply_AnswersConflict_WhileTheHandoffWaits()
    {
        var (conversation, handoff) = await HandoffSetup.WaitingAsync(_services);

        var replied = await _services.SendAsync(HandoffSetup.Dispatcher, new ReplyToHandoffCommand(handoff, "您好"));

        Assert.Equal((ErrorKind.Conflict, "handoff.notAccepted"), (replied.Error!.Kind, replied.Error.Code));
        Assert.Empty(await HandoffSetup.ChatTextsAsync(_services, conversation));
    }

    [Fact]
    public async Task Reply_AnswersConflict_AfterTheHandoffClosed()
    {
        var (conversation, handoff) = await HandoffSetup.ActiveAsync(_services);
        await _services.SendAsync(HandoffSetup.Dispatcher, new CloseHandoffCommand(handoff));

        var replied = await _services.SendAsync(HandoffSetup.Dispatcher, new ReplyToHandoffCommand(handoff, "还在吗"));

        Assert.Equal((ErrorKind.Conflict, "handoff.closed"), (replied.Error!.Kind, replied.Error.Code));
        Assert.Equal(2, (await HandoffSetup.ChatTextsAsync(_services, conversation)).Count);
    }

    [Fact]
    public async Task Reply_IsForbidden_ForAnyoneButWhoAccepted()
    {
        var (conversation, handoff) = await HandoffSetup.ActiveAsync(_services);

        var replied = await _services.SendAsync(HandoffSetup.Admin, new ReplyToHandoffCommand(handoff, "我来回答"));

        Assert.Equal(ErrorKind.Forbidden, replied.Error!.Kind);
        Assert.Contains("三服务办 调度员", replied.Error.Message, StringComparison.Ordinal);
        Assert.Single(await HandoffSetup.ChatTextsAsync(_services, conversation));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task Reply_IsInvalid_WhenEmpty(string? text)
    {
        var (_, handoff) = await HandoffSetup.ActiveAsync(_services);

        var replied = await _services.SendAsync(HandoffSetup.Dispatcher, new ReplyToHandoffCommand(handoff, text!));

        Assert.Equal((ErrorKind.Validation, "请填写回复内容。"), (replied.Error!.Kind, replied.Error.Message));
    }

    [Fact]
    public async Task Reply_IsInvalid_WhenLongerThanTheLimit()
    {
        var (_, handoff) = await HandoffSetup.ActiveAsync(_services);

        var replied = await _services.SendAsync(HandoffSetup.Dispatcher, new ReplyToHandoffCommand(handoff, new string('字', ReplyToHandoffValidator.MaxLength + 1)));

        Assert.Equal(ErrorKind.Validation, replied.Error!.Kind);
        Assert.Contains("不能超过1000个字", replied.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_KeepsNeitherTheMessageNorItsRelay_WhenTheSaveConflicts()
    {
        var interceptor = new VersionBumpingInterceptor();
        await using var services = await TestServices.StartAsync(configure: s => s.ConfigureDbContext<ServiceBotDbContext>((_, o) => o.AddInterceptors(interceptor)));
        var (conversation, handoff) = await HandoffSetup.ActiveAsync(services);
        interceptor.Arm();

        var replied = await services.SendAsync(HandoffSetup.Dispatcher, new ReplyToHandoffCommand(handoff, "您好"));

        var detail = (await services.SendAsync(HandoffSetup.Dispatcher, new GetHandoffQuery(handoff))).Value;
        Assert.Equal((ErrorKind.Conflict, "concurrency"), (replied.Error!.Kind, replied.Error.Code));
        Assert.Equal([HandoffParty.User], detail.Messages.Select(m => m.Author));
        Assert.Equal(["三服务办工作人员已接入，请直接输入您的问题。"], await HandoffSetup.ChatTextsAsync(services, conversation));
    }
}
