// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/ServiceBrowser.h"

#include <QObject>

#include <memory>

namespace Cloudy {
class Settings;
namespace Discovery {
class MicrocloudModel;
class RttProber;
} // namespace Discovery
} // namespace Cloudy

namespace Cloudy::Desktop {

// The core objects one running cloudy-desktop works with, created once and handed to the pages: settings,
// discovery (browser, model, round-trip prober). Pages read these; they never talk to D-Bus or libvirt.
class DesktopSession final : public QObject
{
    Q_OBJECT

public:
    // Discovery with the backend the settings choose.
    explicit DesktopSession(Settings *settings, QObject *parent = nullptr);
    // With this browser (null: no discovery, for tests of other pages).
    DesktopSession(Settings *settings, std::unique_ptr<Discovery::ServiceBrowser> browser, QObject *parent);
    ~DesktopSession() override;

    void start();

    Settings *settings() const { return m_settings; }
    Discovery::ServiceBrowser *browser() const { return m_browser.get(); }
    Discovery::MicrocloudModel *microclouds() const { return m_microclouds.get(); }

private:
    Settings *m_settings;
    std::unique_ptr<Discovery::ServiceBrowser> m_browser;
    std::unique_ptr<Discovery::MicrocloudModel> m_microclouds;
    std::unique_ptr<Discovery::RttProber> m_prober;
};

} // namespace Cloudy::Desktop
