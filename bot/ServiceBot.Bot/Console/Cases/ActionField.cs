namespace ServiceBot.Bot.Console.Cases;

/// <summary>What an action's form asks for.</summary>
public enum ActionField
{
    Text,
    Reason,
    Routing,
    DueDate,
    IntoCase,
    AddCoHandlers,
    Files,
}
