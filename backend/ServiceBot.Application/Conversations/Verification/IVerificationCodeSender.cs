namespace ServiceBot.Application.Conversations.Verification;

/// <summary>
/// Sends a verification code by SMS. No implementation ships: a deployment that turns on <c>Dialogs:SmsVerification</c>
/// registers one for its SMS gateway (the county's 政务短信平台 or a carrier's API). Without one, verification answers
/// that it is not available and chat users keep seeing only their own cases.
/// </summary>
public interface IVerificationCodeSender
{
    Task SendAsync(string mobile, string code, CancellationToken cancellationToken);
}
