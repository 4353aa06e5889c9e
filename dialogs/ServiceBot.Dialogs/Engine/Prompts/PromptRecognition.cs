namespace ServiceBot.Dialogs.Engine.Prompts;

/// <summary>What a prompt made of the user's answer: a value, or a failure with an optional reason in Chinese.</summary>
internal readonly record struct PromptRecognition<T>(bool Succeeded, T? Value, string? Problem)
{
    public static PromptRecognition<T> Ok(T value) => new(true, value, null);

    public static PromptRecognition<T> Fail(string? problem = null) => new(false, default, problem);
}
