// The entrepreneurs' chat page: the official Web Chat bundle on the built-in Direct Line, in Chinese.
// The token comes from the same-origin endpoint, bound to this visitor; the conversation id is kept in
// localStorage so a reload continues the same conversation (and shows what arrived meanwhile).
(function () {
  'use strict';

  var conversationKey = 'servicebot.conversationId';
  var statusElement = document.getElementById('status');

  function showStatus(text) {
    statusElement.textContent = text;
    statusElement.hidden = !text;
  }

  function readSaved() {
    try {
      return window.localStorage.getItem(conversationKey);
    } catch (e) {
      return null;
    }
  }

  function save(conversationId) {
    try {
      window.localStorage.setItem(conversationKey, conversationId);
    } catch (e) {
      // Private browsing: the conversation simply starts afresh next time.
    }
  }

  function fetchToken(conversationId) {
    return fetch('/api/webchat/token', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ conversationId: conversationId || null })
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('token endpoint answered ' + response.status);
      }
      return response.json();
    });
  }

  fetchToken(readSaved()).then(function (session) {
    save(session.conversationId);
    var directLine = window.WebChat.createDirectLine({
      domain: window.location.origin + '/v3/directline',
      token: session.token,
      conversationId: session.resumed ? session.conversationId : undefined,
      webSocket: true
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: session.userId,
        locale: 'zh-CN',
        styleOptions: {
          botAvatarInitials: '助',
          userAvatarInitials: '我',
          hideUploadButton: false,
          uploadMultiple: true,
          uploadAccept: '.png,.jpg,.jpeg,.gif,.webp,.pdf,.txt,.doc,.docx,.xls,.xlsx',
          suggestedActionLayout: 'flow',
          accent: '#b71c1c'
        }
      },
      document.getElementById('webchat')
    );
    document.querySelector('#webchat').focus();
  }).catch(function () {
    showStatus('暂时无法连接在线服务，请稍后刷新页面重试。');
  });
})();
