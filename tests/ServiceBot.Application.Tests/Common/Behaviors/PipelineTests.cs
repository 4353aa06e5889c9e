using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Messaging;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Security;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Users;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Common.Behaviors;

/// <summary>The pipeline as a request meets it: validation, then authorization, then the handler in a transaction, then audit.</summary>
public sealed class PipelineTests : IAsyncLifetime
{
    private static readonly Actor Admin = new("admin-1", "管理员", Role.Admin);
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync(configure: services =>
    {
        services.AddTransient<IRequestHandler<RenameBureau, Result>, RenameBureauHandler>();
        services.AddTransient<IValidator<RenameBureau>, RenameBureauValidator>();
        services.AddTransient<IRequestHandler<Unmarked, Result>, UnmarkedHandler>();
    });

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Send_ReturnsChineseValidationError_BeforeAuthorization()
    {
        var result = await _services.SendAsync(null, new RenameBureau("zrzy", string.Empty, Fail: false));

        Assert.Equal(ErrorKind.Validation, result.Error!.Kind);
        Assert.Equal("请填写新名称。", result.Error.Fields!["name"].Single());
    }

    [Fact]
    public async Task Send_ReturnsUnauthorized_WhenNobodyIsSignedIn()
    {
        var result = await _services.SendAsync(null, new RenameBureau("zrzy", "新名称", Fail: false));

        Assert.Equal(ErrorKind.Unauthorized, result.Error!.Kind);
    }

    [Fact]
    public async Task Send_ReturnsForbidden_WhenTheRoleIsNotAllowed()
    {
        var result = await _services.SendAsync(new Actor("s", "经办人", Role.BureauStaff, "zrzy"), new RenameBureau("zrzy", "新名称", Fail: false));

        Assert.Equal(ErrorKind.Forbidden, result.Error!.Kind);
    }

    [Fact]
    public async Task Send_CommitsChangeAndAuditEntryTogether_WhenTheHandlerSucceeds()
    {
        var result = await _services.SendAsync(Admin, new RenameBureau("zrzy", "县自然资源局", Fail: false));

        Assert.True(result.IsSuccess);
        var (name, audits) = await ReadAsync();
        Assert.Equal("县自然资源局", name);
        Assert.Equal(1, audits);
    }

    [Fact]
    public async Task Send_RollsBackEverything_WhenTheHandlerSavedAndThenFailed()
    {
        var result = await _services.SendAsync(Admin, new RenameBureau("zrzy", "县自然资源局", Fail: true));

        Assert.False(result.IsSuccess);
        var (name, audits) = await ReadAsync();
        Assert.Equal("县自然资源和规划局", name);
        Assert.Equal(0, audits);
    }

    [Fact]
    public async Task Send_Throws_WhenARequestDeclaresNeitherAuthorizeNorAllowAnonymous()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _services.SendAsync(Admin, new Unmarked()));

        Assert.Contains("neither [Authorize] nor [AllowAnonymous]", error.Message);
    }

    private Task<(string Name, int Audits)> ReadAsync() => _services.InScopeAsync(null, async sp =>
    {
        var db = sp.GetRequiredService<IApplicationDbContext>();
        var name = await db.Bureaus.AsNoTracking().Where(b => b.Code == "zrzy").Select(b => b.Name).SingleAsync();
        var audits = await db.AuditEntries.CountAsync(a => a.Request == nameof(RenameBureau));
        return (name, audits);
    });

    /// <summary>A command that saves its change and then, when asked, reports failure: the transaction must undo the save.</summary>
    [Authorize(Role.Admin)]
    public sealed record RenameBureau(string Code, string Name, bool Fail) : ICommand<Result>;

    public sealed class RenameBureauValidator : AbstractValidator<RenameBureau>
    {
        public RenameBureauValidator() => RuleFor(c => c.Name).NotEmpty().WithMessage("请填写新名称。");
    }

    public sealed class RenameBureauHandler(IApplicationDbContext db) : IRequestHandler<RenameBureau, Result>
    {
        public async Task<Result> Handle(RenameBureau request, CancellationToken cancellationToken)
        {
            var bureau = await db.Bureaus.SingleAsync(b => b.Code == request.Code, cancellationToken);
            bureau.Update(request.Name, bureau.Duties, bureau.LeaderInChargeCode, bureau.IsActive);
            await db.SaveChangesAsync(cancellationToken);
            return request.Fail ? Error.Conflict("test.fail", "失败") : Result.Success;
        }
    }

    public sealed record Unmarked : IQuery<Result>;

    public sealed class UnmarkedHandler : IRequestHandler<Unmarked, Result>
    {
        public Task<Result> Handle(Unmarked request, CancellationToken cancellationToken) => Task.FromResult(Result.Success);
    }
}
