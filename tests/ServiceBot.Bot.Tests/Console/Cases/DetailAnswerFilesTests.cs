using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ServiceBot.Bot.Tests.Support;

namespace ServiceBot.Bot.Tests.Console.Cases;

/// <summary>An answer and the documents chosen with it are one action: both land, or neither does.</summary>
public sealed class DetailAnswerFilesTests(ServiceBotApp app) : IClassFixture<ServiceBotApp>
{
    [Fact]
    public async Task Post_AttachesTheFilesAndAnswers_InOneAction()
    {
        var number = await new CaseSetup(app).HandlingAsync();
        using var browser = await ConsoleBrowser.SignInAsync(app, "staff-zrzy");

        var response = await PostAnswerAsync(browser, number, "经研究，已纳入下批次工业用地供应计划，详见附件。");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var detail = await DetailAsync(number);
        Assert.Equal("已答复待评价", detail.GetProperty("stateName").GetString());
        Assert.Equal(["供地计划.pdf"], detail.GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("fileName").GetString()));
    }

    [Fact]
    public async Task Post_LeavesNoFileOnTheCase_WhenTheAnswerIsRefused()
    {
        var number = await new CaseSetup(app).HandlingAsync();
        using var browser = await ConsoleBrowser.SignInAsync(app, "staff-zrzy");
        var before = (await DetailAsync(number)).GetProperty("timeline").GetArrayLength();

        var response = await PostAnswerAsync(browser, number, text: string.Empty);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请填写答复内容。", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var detail = await DetailAsync(number);
        Assert.Equal(0, detail.GetProperty("attachments").GetArrayLength());
        Assert.Equal(before, detail.GetProperty("timeline").GetArrayLength());
    }

    private static async Task<HttpResponseMessage> PostAnswerAsync(ConsoleBrowser browser, string number, string text)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("answer"), "action" },
            { new StringContent(text), "Input.Text" },
            { new StringContent(await browser.TokenAsync($"/console/cases/{number}")), "__csrf" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("%PDF-1.4 供地计划"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "files", "供地计划.pdf");
        return await browser.Client.PostAsync(new Uri($"/console/cases/{number}", UriKind.Relative), form);
    }

    private async Task<JsonElement> DetailAsync(string number) =>
        await (await (await app.LoginAsync("dispatcher")).GetAsync(new Uri($"/api/cases/{number}", UriKind.Relative))).OkJsonAsync();
}
