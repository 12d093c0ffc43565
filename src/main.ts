import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { warmUp } from './warm.ts';
import { prefetchBundled } from './io/load.ts';

// Fetch the bundled dataset (and its layout, computed beforehand) now, alongside
// the page's code, rather than one after the other. It was validated when the
// app was built: the validator is needed only if it was changed since.
if (!new URLSearchParams(location.search).has('data')) prefetchBundled();

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks the #app element');
mount(App, { target });
warmUp();
