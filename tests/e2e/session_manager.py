# SPDX-License-Identifier: GPL-3.0-or-later
"""Stands in for gnome-session on the test's private session bus, which has
no session manager of its own (gnome-session cannot run under Xvfb without
a desktop), so that what the app asks of the session can be seen: it owns
org.gnome.SessionManager, answers RegisterClient (GTK registers every
application), Inhibit, Uninhibit and IsInhibited as gnome-session does, and prints one line per call on stdout:
    ready
    register APP_ID
    inhibit COOKIE FLAGS APP_ID REASON
    uninhibit COOKIE"""

import sys

from gi.repository import Gio, GLib

INTERFACE = """
<node>
  <interface name="org.gnome.SessionManager">
    <method name="Inhibit">
      <arg type="s" name="app_id" direction="in"/>
      <arg type="u" name="toplevel_xid" direction="in"/>
      <arg type="s" name="reason" direction="in"/>
      <arg type="u" name="flags" direction="in"/>
      <arg type="u" name="cookie" direction="out"/>
    </method>
    <method name="Uninhibit">
      <arg type="u" name="cookie" direction="in"/>
    </method>
    <method name="RegisterClient">
      <arg type="s" name="app_id" direction="in"/>
      <arg type="s" name="client_startup_id" direction="in"/>
      <arg type="o" name="client_id" direction="out"/>
    </method>
    <method name="UnregisterClient">
      <arg type="o" name="client_id" direction="in"/>
    </method>
    <method name="IsInhibited">
      <arg type="u" name="flags" direction="in"/>
      <arg type="b" name="is_inhibited" direction="out"/>
    </method>
  </interface>
  <interface name="org.gnome.SessionManager.ClientPrivate">
    <method name="EndSessionResponse">
      <arg type="b" name="is_ok" direction="in"/>
      <arg type="s" name="reason" direction="in"/>
    </method>
    <signal name="QueryEndSession"><arg type="u" name="flags"/></signal>
    <signal name="EndSession"><arg type="u" name="flags"/></signal>
    <signal name="CancelEndSession"/>
    <signal name="Stop"/>
  </interface>
</node>
"""

NODE = Gio.DBusNodeInfo.new_for_xml(INTERFACE)
inhibitors = {}
next_cookie = [1]


def say(*words):
    print(*words, flush=True)


def on_call(connection, sender, path, interface, method, params, invocation):
    if method == "Inhibit":
        app_id, _xid, reason, flags = params.unpack()
        cookie = next_cookie[0]
        next_cookie[0] += 1
        inhibitors[cookie] = flags
        say("inhibit", cookie, flags, app_id, reason)
        invocation.return_value(GLib.Variant("(u)", (cookie,)))
    elif method == "Uninhibit":
        (cookie,) = params.unpack()
        inhibitors.pop(cookie, None)
        say("uninhibit", cookie)
        invocation.return_value(None)
    elif method == "RegisterClient":
        path = f"/org/gnome/SessionManager/Client{next_cookie[0]}"
        next_cookie[0] += 1
        connection.register_object(path, NODE.interfaces[1], on_call, None, None)
        say("register", params.unpack()[0])
        invocation.return_value(GLib.Variant("(o)", (path,)))
    elif method in ("UnregisterClient", "EndSessionResponse"):
        invocation.return_value(None)
    elif method == "IsInhibited":
        (flags,) = params.unpack()
        held = any(f & flags for f in inhibitors.values())
        invocation.return_value(GLib.Variant("(b)", (held,)))


def main():
    loop = GLib.MainLoop()
    bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
    bus.register_object("/org/gnome/SessionManager", NODE.interfaces[0], on_call, None, None)

    def acquired(*_):
        say("ready")

    def lost(*_):
        say("lost the name")
        loop.quit()
    Gio.bus_own_name_on_connection(bus, "org.gnome.SessionManager", Gio.BusNameOwnerFlags.NONE,
                                   acquired, lost)
    loop.run()
    return 1


if __name__ == "__main__":
    sys.exit(main())
