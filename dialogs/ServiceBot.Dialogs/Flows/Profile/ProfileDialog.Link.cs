using ServiceBot.Application.Conversations.LinkChatUser;
using ServiceBot.Application.Conversations.Verification.ConfirmChatVerificationCode;
using ServiceBot.Application.Conversations.Verification.SendChatVerificationCode;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;

namespace ServiceBot.Dialogs.Flows.Profile;

internal sealed partial class ProfileDialog
{
    /// <summary>Wrong codes before the chat stops asking (the code itself allows a few more, see <c>ChatVerification.MaxAttempts</c>).</summary>
    private const int MaxWrongCodes = 3;

    /// <summary>
    /// Links the chat user to an account of the enterprise and runs the rest of the turn as that account. A refusal
    /// (a name too long, a code the domain rejects) asks that item again.
    /// </summary>
    private async Task<DialogTurnResult> LinkStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        state.Mobile = step.Result as string ?? state.Mobile!;
        var linked = await _mediator.Send(
            new LinkChatUserCommand(step.Turn.ConversationId, state.Company!, state.CreditCode!, state.ContactName!, state.Mobile), cancellationToken)
            .ConfigureAwait(false);
        if (!linked.IsSuccess)
        {
            await step.SendAsync(Turns.Reply.Say(ProfileTexts.Catalog.Format("LinkFailed", linked.Error!.Message)), cancellationToken).ConfigureAwait(false);
            var again = linked.Error.Code switch
            {
                "enterprise.name.invalid" => nameof(AskCompanyStepAsync),
                "enterprise.creditCode.invalid" => nameof(AskCodeStepAsync),
                "contact.mobile.invalid" => nameof(AskMobileStepAsync),
                _ => nameof(AskContactStepAsync),
            };
            Forget(state, again switch
            {
                nameof(AskCompanyStepAsync) => T("FieldCompany"),
                nameof(AskCodeStepAsync) => T("FieldCode"),
                nameof(AskMobileStepAsync) => T("FieldMobile"),
                _ => T("FieldContact"),
            });
            return await step.GoToAsync(again, cancellationToken).ConfigureAwait(false);
        }

        var link = linked.Value;
        _currentUser.Actor = link.Actor;
        if (state.Asked || state.Edit || link.AccountIsNew)
        {
            var text = ProfileTexts.Catalog.Format("Linked", link.EnterpriseName, link.CreditCode, link.Actor.Name, state.Mobile);
            if (link.AccountIsNew && !link.EnterpriseIsNew)
            {
                text += "\n" + T("LinkedExisting");
            }

            await step.SendAsync(Turns.Reply.Say(text), cancellationToken).ConfigureAwait(false);
        }

        state.Linked = new EnterpriseProfile(link.EnterpriseName, link.CreditCode, link.Actor.Name, state.Mobile);
        if (!_options.SmsVerification || !link.Actor.OwnCasesOnly)
        {
            return await step.EndAsync(state.Linked, cancellationToken).ConfigureAwait(false);
        }

        var sent = await _mediator.Send(new SendChatVerificationCodeCommand(), cancellationToken).ConfigureAwait(false);
        if (!sent.IsSuccess)
        {
            await step.SendAsync(Turns.Reply.Say(ProfileTexts.Catalog.Format("SmsUnavailable", sent.Error!.Message)), cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(state.Linked, cancellationToken).ConfigureAwait(false);
        }

        await step.SendAsync(Turns.Reply.Say(ProfileTexts.Catalog.Format("SmsSent", sent.Value)), cancellationToken).ConfigureAwait(false);
        return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>SMS verification (<see cref="DialogOptions.SmsVerification"/>): the code, or 跳过 to go on seeing only one's own cases.</summary>
    private async Task<DialogTurnResult> AskSmsCodeStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken cancellationToken) =>
        await step.PromptAsync(_smsCode.Id, new PromptOptions { Prompt = Turns.Reply.Say(T("AskSmsCode")), AllowSkip = true, Help = T("HelpSmsCode") }, cancellationToken)
            .ConfigureAwait(false);

    private async Task<DialogTurnResult> CheckSmsCodeStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        if (step.Result is not string { Length: > 0 } code)
        {
            await step.SendAsync(Turns.Reply.Say(T("SmsSkipped")), cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(state.Linked, cancellationToken).ConfigureAwait(false);
        }

        var outcome = (await _mediator.Send(new ConfirmChatVerificationCodeCommand(code), cancellationToken).ConfigureAwait(false)).Value;
        if (!outcome.Confirmed)
        {
            state.WrongCodes++;
            if (state.WrongCodes < MaxWrongCodes)
            {
                await step.SendAsync(Turns.Reply.Say(outcome.Problem!), cancellationToken).ConfigureAwait(false);
                return await step.GoToAsync(nameof(AskSmsCodeStepAsync), cancellationToken).ConfigureAwait(false);
            }

            await step.SendAsync(Turns.Reply.Say(T("SmsGaveUp")), cancellationToken).ConfigureAwait(false);
            return await step.EndAsync(state.Linked, cancellationToken).ConfigureAwait(false);
        }

        _currentUser.Actor = outcome.Actor;
        await step.SendAsync(Turns.Reply.Say(T(outcome.Actor.OwnCasesOnly ? "SmsVerifiedOwnOnly" : "SmsVerified")), cancellationToken).ConfigureAwait(false);
        return await step.EndAsync(state.Linked, cancellationToken).ConfigureAwait(false);
    }
}
