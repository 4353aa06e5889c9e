namespace ServiceBot.Domain.Cases;

/// <summary>Everything that can happen to a case. Each is one lifecycle action in the API and one button in the console.</summary>
public enum CaseTrigger
{
    Dispatch,
    Redispatch,
    SignFor,
    LogContact,
    PostStageReply,
    RequestInformation,
    SupplyInformation,
    SubmitCoHandlerInput,
    RequestReturn,
    ApproveReturn,
    RejectReturn,
    RequestExtension,
    ApproveExtension,
    RejectExtension,
    Answer,
    ApproveAnswer,
    RejectAnswer,
    Evaluate,
    Reopen,
    Close,
    CloseUnevaluated,
    Withdraw,
    Merge,
    Urge,
    Supervise,
    EscalateToLeader,
    Instruct,
}
