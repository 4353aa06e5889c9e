using Microsoft.Extensions.DependencyInjection;
using ServiceBot.Application.Common.Persistence;
using ServiceBot.Application.Common.Storage;
using ServiceBot.Application.Policies.AddPolicyDocument;
using ServiceBot.Application.Policies.Common;
using ServiceBot.Application.Policies.GetPolicyDocument;
using ServiceBot.Application.Policies.SearchPolicies;
using ServiceBot.Domain.Common;
using ServiceBot.Domain.Policies;
using ServiceBot.Testing;

namespace ServiceBot.Application.Tests.Policies.AddPolicyDocument;

public sealed class AddPolicyDocumentHandlerTests : IAsyncLifetime
{
    private TestServices _services = null!;

    public async Task InitializeAsync() => _services = await TestServices.StartAsync();

    public Task DisposeAsync() => _services.DisposeAsync().AsTask();

    [Fact]
    public async Task Add_ReadsTheFile_AndMakesItSearchableAtOnce()
    {
        var added = await _services.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("equipment.md", PolicyFiles.Equipment()));

        Assert.True(added.IsSuccess, added.Error?.Message);
        var summary = added.Value;
        Assert.Equal(PolicyFiles.EquipmentTitle, summary.Title);
        Assert.Equal(PolicyDocumentStatus.Active, summary.Status);
        Assert.Equal(1, summary.CurrentVersion);
        Assert.Equal(3, summary.ArticleCount);
        Assert.Equal("equipment.md", summary.SourceFileName);
        Assert.Equal(new DateOnly(2025, 1, 1), summary.Validity.EffectiveFrom);
        Assert.Equal(new DateOnly(2027, 12, 31), summary.Validity.EffectiveUntil);
        Assert.Equal("管理员", summary.UpdatedBy);
        var hits = (await _services.SendAsync(null, new SearchPoliciesQuery("设备投资500万元以上的技改项目补助多少", 1))).Value;
        Assert.Equal(summary.Id, hits[0].DocumentId);
        Assert.Equal("第1条", hits[0].Citation);
        Assert.Equal(["jxj", "czj"], hits[0].ResponsibleUnits.Select(u => u.BureauCode));
    }

    [Fact]
    public async Task Add_KeepsTheUploadedFile()
    {
        var bytes = PolicyFiles.Equipment("（留存）");
        var summary = (await _services.SendAsync(TestActors.Coordinator, new AddPolicyDocumentCommand("equipment.md", bytes))).Value;

        var detail = (await _services.SendAsync(TestActors.Admin, new GetPolicyDocumentQuery(summary.Id))).Value;
        var stored = await _services.InScopeAsync(null, async sp =>
        {
            var db = sp.GetRequiredService<IApplicationDbContext>();
            var version = db.PolicyDocumentVersions.Single(v => v.DocumentId == summary.Id);
            await using var stream = (await sp.GetRequiredService<IFileStorage>().OpenReadAsync(version.SourceFileKey!, CancellationToken.None))!;
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        });

        Assert.Equal(bytes, stored);
        Assert.Equal("md", detail.Versions[0].SourceFormat);
    }

    [Fact]
    public async Task Add_IsRefused_ForStaffOfABureauAndAnonymousCallers()
    {
        var staff = await _services.SendAsync(TestActors.LeadStaff, new AddPolicyDocumentCommand("equipment.md", PolicyFiles.Equipment()));
        var anonymous = await _services.SendAsync(null, new AddPolicyDocumentCommand("equipment.md", PolicyFiles.Equipment()));

        Assert.Equal(ErrorKind.Forbidden, staff.Error?.Kind);
        Assert.Equal(ErrorKind.Unauthorized, anonymous.Error?.Kind);
    }

    [Fact]
    public async Task Add_IsRefused_ForAFileAlreadyInTheKnowledgeBase()
    {
        await _services.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("equipment.md", PolicyFiles.Equipment("（重复）")));

        var again = await _services.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("copy.md", PolicyFiles.Equipment("（重复）")));

        Assert.Equal(ErrorKind.Conflict, again.Error?.Kind);
        Assert.Equal($"该文件已作为《{PolicyFiles.EquipmentTitle}》导入。", again.Error!.Message);
    }

    [Theory]
    [InlineData("policy.pdf", "只支持以下格式的文件：.txt、.md、.markdown、.html、.htm、.docx。")]
    [InlineData("", "请选择要上传的政策文件。")]
    public async Task Add_IsRefused_ForAnUnsupportedOrMissingFile(string fileName, string message)
    {
        var result = await _services.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand(fileName, PolicyFiles.Equipment()));

        Assert.Equal(ErrorKind.Validation, result.Error?.Kind);
        Assert.Contains(message, result.Error!.Message);
    }

    [Fact]
    public async Task Add_IsRefused_ForAFileOverTheSizeLimit()
    {
        await using var small = await TestServices.StartAsync(settings: new Dictionary<string, string?> { ["Policies:MaxUploadBytes"] = "2048", ["Policies:SeedDocuments"] = "false" });

        var result = await small.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("big.txt", new byte[4096]));

        Assert.Equal(ErrorKind.Validation, result.Error?.Kind);
        Assert.Contains("文件不能超过", result.Error!.Message);
    }

    [Fact]
    public async Task Add_AsksForATitle_WhenTheFileHasNone()
    {
        var untitled = "1.设备更新补助。对设备投资500万元以上的项目给予补助。\n2.首台套奖励。给予一次性奖励50万元。"u8.ToArray();

        var refused = await _services.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("untitled.txt", untitled));
        var accepted = await _services.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("untitled.txt", untitled, new PolicyMetadataInput(Title: "设备更新补助办法")));

        Assert.Equal(ErrorKind.Validation, refused.Error?.Kind);
        Assert.Contains("未能确定文件标题，请填写标题", refused.Error!.Message);
        Assert.Equal("设备更新补助办法", accepted.Value.Title);
    }

    [Fact]
    public async Task Add_IsRefused_ForAFileWithoutArticles()
    {
        var result = await _services.SendAsync(TestActors.Admin, new AddPolicyDocumentCommand("empty.html", "<html><body><nav>首页</nav></body></html>"u8.ToArray(), new PolicyMetadataInput(Title: "空文件测试")));

        Assert.Equal(ErrorKind.Validation, result.Error?.Kind);
        Assert.Equal("文件中没有可识别的政策条款。", result.Error!.Message);
    }
}
