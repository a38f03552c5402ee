// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopSession.h"

#include "discovery/MicrocloudModel.h"
#include "discovery/RttProber.h"
#include "discovery/ServiceBrowser.h"
#include "platform/Settings.h"

namespace Cloudy::Desktop {

namespace {

std::unique_ptr<Discovery::ServiceBrowser> browserFromSettings(const Settings &settings)
{
    const auto backend =
        Discovery::backendFromName(settings.value(Settings::Key::DiscoveryBackend).toString());
    return Discovery::createServiceBrowser(backend.value_or(Discovery::BrowserBackend::Automatic));
}

} // namespace

DesktopSession::DesktopSession(Settings *settings, QObject *parent)
    : DesktopSession(settings, browserFromSettings(*settings), std::make_unique<Contribution::ShareEngine>(),
                     parent)
{ }

DesktopSession::DesktopSession(Settings *settings, std::unique_ptr<Discovery::ServiceBrowser> browser,
                               QObject *parent)
    : DesktopSession(settings, std::move(browser), nullptr, parent)
{ }

DesktopSession::DesktopSession(Settings *settings, std::unique_ptr<Discovery::ServiceBrowser> browser,
                               std::unique_ptr<Contribution::ShareEngine> shareEngine, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_browser(std::move(browser))
    , m_microclouds(std::make_unique<Discovery::MicrocloudModel>())
    , m_prober(std::make_unique<Discovery::RttProber>())
    , m_shareEngine(std::move(shareEngine))
{
    m_microclouds->setBrowser(m_browser.get());
    m_microclouds->setRttProber(m_prober.get());
}

DesktopSession::~DesktopSession()
{
    // The model follows the browser: detach before the browser goes.
    m_microclouds->setBrowser(nullptr);
}

void DesktopSession::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_browser)
        m_browser->start();
    if (m_shareEngine)
        m_shareEngine->start();
    Q_EMIT started();
}

} // namespace Cloudy::Desktop
