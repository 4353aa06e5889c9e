using ServiceBot.Application.Conversations.LinkChatUser;
using ServiceBot.Dialogs.Engine;

namespace ServiceBot.Dialogs.Flows.Profile;

internal sealed partial class ProfileDialog
{
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

        return await step.EndAsync(new EnterpriseProfile(link.EnterpriseName, link.CreditCode, link.Actor.Name, state.Mobile), cancellationToken).ConfigureAwait(false);
    }
}
