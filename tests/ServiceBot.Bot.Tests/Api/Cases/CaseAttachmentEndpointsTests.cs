using System.Net;
using System.Net.Http.Headers;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Api.Cases;

public sealed class CaseAttachmentEndpointsTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    [Fact]
    public async Task Upload_StoresTheFileAndRecordsItOnTheTimeline_ForTheEnterprise()
    {
        var enterprise = await app.LoginAsync("ent-jingcai");
        var number = await enterprise.ReportAsync("员工子女入学需要办理手续，户口不在本地，请问怎么办理？");
        var bytes = "%PDF-1.4 用地申请材料"u8.ToArray();

        var created = await (await enterprise.PostAsync($"/api/cases/{number}/attachments", Form("申请材料.pdf", "application/pdf", bytes)))
            .OkJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString();
        var downloaded = await (await app.LoginAsync("dispatcher")).GetAsync($"/api/cases/{number}/attachments/{id}");
        var detail = await (await enterprise.GetAsync($"/api/cases/{number}")).OkJsonAsync();

        Assert.Equal(bytes, await downloaded.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", downloaded.Content.Headers.ContentType?.MediaType);
        Assert.Equal("申请材料.pdf", detail.GetProperty("attachments")[0].GetProperty("fileName").GetString());
        Assert.Equal("AttachFile", detail.GetProperty("timeline")[detail.GetProperty("timeline").GetArrayLength() - 1].GetProperty("action").GetString());
    }

    [Fact]
    public async Task Upload_Answers400InChinese_ForAForbiddenFileType()
    {
        var enterprise = await app.LoginAsync("ent-jingcai");
        var number = await enterprise.ReportAsync("员工子女入学需要办理手续，户口不在本地，请问怎么办理？");

        var problem = await (await enterprise.PostAsync($"/api/cases/{number}/attachments", Form("setup.exe", "application/x-msdownload", [0x4d, 0x5a])))
            .ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("只能上传图片、PDF", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Download_Answers404_ForStaffOfAnotherBureau()
    {
        var enterprise = await app.LoginAsync("ent-jingcai");
        var number = await enterprise.ReportAsync("员工子女入学需要办理手续，户口不在本地，请问怎么办理？");
        var created = await (await enterprise.PostAsync($"/api/cases/{number}/attachments", Form("photo.png", "image/png", [0x89, 0x50, 0x4e, 0x47])))
            .OkJsonAsync(HttpStatusCode.Created);

        var response = await (await app.LoginAsync("staff-swj")).GetAsync($"/api/cases/{number}/attachments/{created.GetProperty("id").GetString()}");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    private static MultipartFormDataContent Form(string name, string contentType, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
