namespace ServiceBot.Domain.Common;

/// <summary>Lets generic code (pipeline behaviors) build a failed result of any result type.</summary>
public interface IResultFactory<out TSelf>
{
    static abstract TSelf Failure(Error error);
}
