namespace ServiceBot.Application.Common.Security;

/// <summary>Marks a request anyone may send, signed in or not (deadline calculator, triage, policy search).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class AllowAnonymousAttribute : Attribute;
