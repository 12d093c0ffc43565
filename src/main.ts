import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { warmUp } from './warm.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks the #app element');
mount(App, { target });
warmUp();
