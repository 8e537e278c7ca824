// Loaded right after tsx (`node --import tsx --import ./src/server/source-maps-off.mjs`):
// tsx turns Node's source-map support on, and with it Node reads and keeps the map of
// every module that names one. Next's server chunks do, about 22 MB of maps held as
// strings for the life of the process. Stack traces of the built server point into the
// built chunks instead; nothing a reader or an editor sees depends on them. The
// development server (PORTAL_DEV=1) keeps them.
if (process.env.PORTAL_DEV !== '1') process.setSourceMapsEnabled(false);
