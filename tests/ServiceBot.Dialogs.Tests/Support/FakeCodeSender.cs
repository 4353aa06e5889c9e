using ServiceBot.Application.Conversations.Verification;

namespace ServiceBot.Dialogs.Tests.Support;

/// <summary>An SMS gateway that keeps the codes for the test to type.</summary>
internal sealed class FakeCodeSender : IVerificationCodeSender
{
    public List<(string Mobile, string Code)> Sent { get; } = [];

    public Task SendAsync(string mobile, string code, CancellationToken cancellationToken)
    {
        Sent.Add((mobile, code));
        return Task.CompletedTask;
    }
}
