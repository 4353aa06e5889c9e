using MediatR;
using Microsoft.Extensions.Options;
using ServiceBot.Application.Common.Security;
using ServiceBot.Application.Conversations.GetChatProfile;
using ServiceBot.Application.Understanding;
using ServiceBot.Dialogs.Engine;
using ServiceBot.Dialogs.Engine.Prompts;
using ServiceBot.Domain.Users;

namespace ServiceBot.Dialogs.Flows.Profile;

/// <summary>
/// The enterprise profile: which enterprise the chat user speaks for (name, 统一社会信用代码) and who to contact
/// (name, mobile). A linked user's stored profile is reused without a question; what the first message said is never
/// asked again; the rest is asked one item at a time. Ends by linking the chat user to an enterprise account
/// (<see cref="ProfileDialog.LinkStepAsync"/>) and returns an <see cref="EnterpriseProfile"/>.
/// </summary>
internal sealed partial class ProfileDialog : ComponentDialog<ProfileState>
{
    private readonly IMediator _mediator;
    private readonly CurrentUser _currentUser;
    private readonly IUnderstandingService _understanding;
    private readonly TextPrompt _company;
    private readonly CreditCodePrompt _code;
    private readonly TextPrompt _contact;
    private readonly MobilePrompt _mobile;
    private readonly ChoicePrompt _field;
    private readonly TextPrompt _smsCode;
    private readonly DialogOptions _options;

    public ProfileDialog(IMediator mediator, CurrentUser currentUser, IUnderstandingService understanding, IOptions<DialogOptions> options)
        : base(nameof(ProfileDialog))
    {
        _mediator = mediator;
        _currentUser = currentUser;
        _understanding = understanding;
        _options = options.Value;
        _smsCode = Add(new TextPrompt(ChildId("SmsCode")));
        _company = Add(new TextPrompt(ChildId("Company"), ValidateCompanyAsync));
        _code = Add(new CreditCodePrompt(ChildId("Code"), understanding));
        _contact = Add(new TextPrompt(ChildId("Contact"), ValidateContactAsync));
        _mobile = Add(new MobilePrompt(ChildId("Mobile"), understanding));
        _field = Add(new ChoicePrompt(ChildId("Field")));
    }

    private static string T(string key) => ProfileTexts.Catalog[key];

    protected override IEnumerable<WaterfallStep<ProfileState>> DefineSteps() =>
        [LoadStepAsync, AskCompanyStepAsync, AskCodeStepAsync, AskContactStepAsync, AskMobileStepAsync, LinkStepAsync, AskSmsCodeStepAsync, CheckSmsCodeStepAsync];

    /// <summary>A linked user's stored profile fills what the message did not say; with nothing missing and nothing to change, done.</summary>
    private async Task<DialogTurnResult> LoadStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        if (_currentUser.Actor is { Role: Role.EnterpriseUser }
            && await _mediator.Send(new GetChatProfileQuery(), cancellationToken).ConfigureAwait(false) is { IsSuccess: true } stored)
        {
            var profile = stored.Value;
            var sameEnterprise = state.CreditCode is null || string.Equals(state.CreditCode, profile.CreditCode, StringComparison.Ordinal);
            if (sameEnterprise && state.InvalidCreditCode is null)
            {
                state.Company = profile.EnterpriseName;
                state.CreditCode = profile.CreditCode;
                state.ContactName ??= profile.ContactName;
                state.Mobile ??= profile.ContactMobile;
                var unchanged = string.Equals(state.ContactName, profile.ContactName, StringComparison.Ordinal)
                    && string.Equals(state.Mobile, profile.ContactMobile, StringComparison.Ordinal);
                if (!state.Edit && unchanged)
                {
                    return await step.EndAsync(new EnterpriseProfile(profile.EnterpriseName, profile.CreditCode, profile.ContactName, state.Mobile!), cancellationToken)
                        .ConfigureAwait(false);
                }
            }
        }

        if (!state.Edit || state.Company is null || state.CreditCode is null)
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var text = ProfileTexts.Catalog.Format("WhichField", state.Company, state.CreditCode, state.ContactName ?? T("Unknown"), state.Mobile ?? T("Unknown"));
        return await step.PromptAsync(_field.Id, new PromptOptions
        {
            Prompt = Turns.Reply.Say(text),
            Choices = [Choice.Of(T("FieldCompany")), Choice.Of(T("FieldCode")), Choice.Of(T("FieldContact")), Choice.Of(T("FieldMobile"))],
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskCompanyStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        if (step.Result is string field)
        {
            Forget(state, field);
        }

        if (state.Company is not null)
        {
            return await step.NextAsync(state.Company, cancellationToken).ConfigureAwait(false);
        }

        state.Asked = true;
        return await step.PromptAsync(_company.Id, PromptOptions.Say(T("AskCompany"), help: T("HelpCompany")), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskCodeStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        state.Company = step.Result is string company ? CompanyName(company) : state.Company;
        if (state.CreditCode is not null)
        {
            return await step.NextAsync(state.CreditCode, cancellationToken).ConfigureAwait(false);
        }

        state.Asked = true;
        var question = state.InvalidCreditCode is { } wrong ? ProfileTexts.Catalog.Format("AskCodeInvalid", wrong) : T("AskCode");
        state.InvalidCreditCode = null;
        return await step.PromptAsync(_code.Id, PromptOptions.Say(question, retry: T("AskCode")), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskContactStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        state.CreditCode = step.Result as string ?? state.CreditCode;
        if (state.ContactName is not null)
        {
            return await step.NextAsync(state.ContactName, cancellationToken).ConfigureAwait(false);
        }

        state.Asked = true;
        return await step.PromptAsync(_contact.Id, PromptOptions.Say(T("AskContact"), help: T("HelpContact")), cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskMobileStepAsync(WaterfallStepContext<ProfileState> step, CancellationToken cancellationToken)
    {
        var state = step.State;
        state.ContactName = step.Result is string contact ? PersonName(contact) : state.ContactName;
        if (state.Mobile is not null)
        {
            return await step.NextAsync(state.Mobile, cancellationToken).ConfigureAwait(false);
        }

        state.Asked = true;
        return await step.PromptAsync(_mobile.Id, PromptOptions.Say(T("AskMobile")), cancellationToken).ConfigureAwait(false);
    }

    private static void Forget(ProfileState state, string field)
    {
        if (field == T("FieldCompany"))
        {
            state.Company = null;
        }
        else if (field == T("FieldCode"))
        {
            state.CreditCode = null;
        }
        else if (field == T("FieldContact"))
        {
            state.ContactName = null;
        }
        else
        {
            state.Mobile = null;
        }
    }

    private string CompanyName(string answer) => _understanding.Understand(answer).Company ?? answer.Trim();

    private string PersonName(string answer) => _understanding.Understand(answer).Person ?? answer.Trim();

    private Task<string?> ValidateCompanyAsync(string value, DialogContext dc, CancellationToken cancellationToken) =>
        Task.FromResult(CompanyName(value).Length is >= 2 and <= 100 ? null : T("CompanyInvalid"));

    private Task<string?> ValidateContactAsync(string value, DialogContext dc, CancellationToken cancellationToken) =>
        Task.FromResult(PersonName(value).Length is >= 1 and <= 20 ? null : T("ContactInvalid"));
}
