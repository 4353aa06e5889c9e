using MediatR;
using ServiceBot.Application.Cases.AnswerCase;
using ServiceBot.Application.Cases.ApproveAnswer;
using ServiceBot.Application.Cases.ApproveExtension;
using ServiceBot.Application.Cases.ApproveReturn;
using ServiceBot.Application.Cases.CloseCase;
using ServiceBot.Application.Cases.DispatchCase;
using ServiceBot.Application.Cases.EscalateCase;
using ServiceBot.Application.Cases.EvaluateCase;
using ServiceBot.Application.Cases.InstructCase;
using ServiceBot.Application.Cases.LogContact;
using ServiceBot.Application.Cases.MergeCase;
using ServiceBot.Application.Cases.PostStageReply;
using ServiceBot.Application.Cases.RedispatchCase;
using ServiceBot.Application.Cases.RejectAnswer;
using ServiceBot.Application.Cases.RejectExtension;
using ServiceBot.Application.Cases.RejectReturn;
using ServiceBot.Application.Cases.ReopenCase;
using ServiceBot.Application.Cases.RequestExtension;
using ServiceBot.Application.Cases.RequestInformation;
using ServiceBot.Application.Cases.RequestReturn;
using ServiceBot.Application.Cases.SignForCase;
using ServiceBot.Application.Cases.SubmitCoHandlerInput;
using ServiceBot.Application.Cases.SuperviseCase;
using ServiceBot.Application.Cases.SupplyInformation;
using ServiceBot.Application.Cases.UrgeCase;
using ServiceBot.Application.Cases.WithdrawCase;
using ServiceBot.Domain.Cases;
using ServiceBot.Domain.Common;

namespace ServiceBot.Bot.Api.Cases;

/// <summary>Builds the MediatR command of a lifecycle action from the request body; the console uses the same mapping.</summary>
public static class CaseActionCommands
{
    public static IRequest<Result> Create(CaseTrigger trigger, string number, CaseActionRequest body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = body.Text ?? string.Empty;
        var reason = body.Reason ?? string.Empty;
        var lead = body.LeadBureau ?? string.Empty;
        var co = body.CoHandlers ?? [];
        return trigger switch
        {
            CaseTrigger.Dispatch => new DispatchCaseCommand(number, lead, co, body.RequiresAnswerApproval),
            CaseTrigger.Redispatch => new RedispatchCaseCommand(number, lead, co, body.RequiresAnswerApproval, reason),
            CaseTrigger.SignFor => new SignForCaseCommand(number),
            CaseTrigger.LogContact => new LogContactCommand(number, text),
            CaseTrigger.PostStageReply => new PostStageReplyCommand(number, text),
            CaseTrigger.RequestInformation => new RequestInformationCommand(number, text),
            CaseTrigger.SupplyInformation => new SupplyInformationCommand(number, text),
            CaseTrigger.SubmitCoHandlerInput => new SubmitCoHandlerInputCommand(number, text),
            CaseTrigger.RequestReturn => new RequestReturnCommand(number, reason),
            CaseTrigger.ApproveReturn => new ApproveReturnCommand(number, lead, co, body.RequiresAnswerApproval),
            CaseTrigger.RejectReturn => new RejectReturnCommand(number, reason),
            CaseTrigger.RequestExtension => new RequestExtensionCommand(number, body.DueDate ?? default, reason),
            CaseTrigger.ApproveExtension => new ApproveExtensionCommand(number, body.DueDate),
            CaseTrigger.RejectExtension => new RejectExtensionCommand(number, reason),
            CaseTrigger.Answer => new AnswerCaseCommand(number, text),
            CaseTrigger.ApproveAnswer => new ApproveAnswerCommand(number),
            CaseTrigger.RejectAnswer => new RejectAnswerCommand(number, reason),
            CaseTrigger.Evaluate => new EvaluateCaseCommand(number, body.Rating ?? (EvaluationRating)(-1), body.Solved ?? false, body.Comment),
            CaseTrigger.Reopen => new ReopenCaseCommand(number, reason),
            CaseTrigger.Close => new CloseCaseCommand(number, reason),
            CaseTrigger.Withdraw => new WithdrawCaseCommand(number, reason),
            CaseTrigger.Merge => new MergeCaseCommand(number, body.IntoCaseNumber ?? string.Empty),
            CaseTrigger.Urge => new UrgeCaseCommand(number, reason),
            CaseTrigger.Supervise => new SuperviseCaseCommand(number, reason),
            CaseTrigger.EscalateToLeader => new EscalateCaseCommand(number, reason, body.LeaderCode),
            CaseTrigger.Instruct => new InstructCaseCommand(number, text, body.DueDate, co),
            _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, "This action has no public command."),
        };
    }
}
